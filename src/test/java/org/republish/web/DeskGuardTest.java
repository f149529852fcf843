package org.republish.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The desk's sessions, tokens and password rule, without a server. */
class DeskGuardTest {

    /** Few iterations: the tests check the scheme, not its cost. */
    private static final String HASH = DeskPassword.hash("correct horse".toCharArray(), 1000);

    @Test
    void aPasswordHashMatchesOnlyItsPasswordAndEachHashHasItsOwnSalt() {
        assertTrue(DeskPassword.matches(HASH, "correct horse".toCharArray()));
        assertFalse(DeskPassword.matches(HASH, "correct horsE".toCharArray()));
        assertFalse(DeskPassword.matches(HASH, new char[0]));
        assertFalse(HASH.equals(DeskPassword.hash("correct horse".toCharArray(), 1000)), "a new salt each time");
        assertTrue(HASH.startsWith("pbkdf2-sha256:1000:"), HASH);
        assertFalse(DeskPassword.matches("correct horse", "correct horse".toCharArray()), "never a plain password");
        assertFalse(DeskPassword.matches("pbkdf2-sha256:x:y:z", "a".toCharArray()));
        assertThrows(IllegalArgumentException.class, () -> new DeskGuard(true, "plain-text-password"),
                "a setting that is not a hash stops the service from starting, with the way to make one");
    }

    @Test
    void anActionNeedsTheSessionsOwnToken() {
        DeskGuard guard = new DeskGuard(false, null);
        DeskGuard.Session mine = guard.open();
        DeskGuard.Session other = guard.open();
        String cookie = "theme=dark; " + DeskGuard.setCookie(mine).split(";")[0];
        assertEquals(Optional.empty(), guard.refusal(cookie, mine.token(), null));
        assertTrue(guard.refusal(cookie, other.token(), null).isPresent(), "another session's token");
        assertTrue(guard.refusal(cookie, null, null).isPresent(), "no token");
        assertTrue(guard.refusal(null, mine.token(), null).isPresent(), "no cookie");
        assertTrue(guard.refusal(DeskGuard.COOKIE + "=made-up", mine.token(), null).isPresent(), "unknown session");
        assertFalse(guard.needsPassword(mine), "on loopback without a password set, the token is enough");
    }

    @Test
    void beyondLoopbackActionsNeedAConfiguredPasswordAndAreOffWithoutOne() {
        DeskGuard none = new DeskGuard(true, "");
        DeskGuard.Session s = none.open();
        String cookie = DeskGuard.setCookie(s).split(";")[0];
        Optional<String> off = none.refusal(cookie, s.token(), "anything");
        assertTrue(off.isPresent());
        assertTrue(off.get().contains(DeskPassword.SETTING) && off.get().contains("DeskPassword"), off.get());
        assertEquals(off, none.actionsOff());

        DeskGuard guarded = new DeskGuard(true, HASH);
        DeskGuard.Session e = guarded.open();
        String editor = DeskGuard.setCookie(e).split(";")[0];
        assertTrue(guarded.actionsOff().isEmpty());
        assertTrue(guarded.needsPassword(e));
        assertTrue(guarded.refusal(editor, e.token(), null).isPresent(), "no password");
        assertTrue(guarded.refusal(editor, e.token(), "wrong").isPresent(), "wrong password");
        assertEquals(Optional.empty(), guarded.refusal(editor, e.token(), "correct horse"));
        assertFalse(guarded.needsPassword(e), "given once per session");
        assertTrue(guarded.refusal(editor, "not-the-token", null).isPresent(), "the token is still checked");
        assertTrue(guarded.needsPassword(guarded.open()), "a new session asks again");
    }

    @Test
    void afterTooManyWrongPasswordsInAMinuteNoneIsChecked() {
        DeskGuard guard = new DeskGuard(true, HASH);
        for (int i = 0; i < DeskGuard.WRONG_PER_MINUTE; i++) {
            DeskGuard.Session s = guard.open();
            assertEquals(Optional.of("The desk password is wrong."),
                    guard.refusal(DeskGuard.setCookie(s).split(";")[0], s.token(), "guess " + i));
        }
        DeskGuard.Session editor = guard.open();
        Optional<String> refused = guard.refusal(DeskGuard.setCookie(editor).split(";")[0], editor.token(),
                "correct horse");
        assertTrue(refused.isPresent() && refused.get().startsWith("Too many wrong passwords"), refused.toString());
        assertTrue(guard.needsPassword(editor));
    }
}
