package org.republish.web;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who may act at the desk. Every page that shows a desk form belongs to a session (a random
 * cookie, HttpOnly and SameSite=Strict) whose own random token each form carries; an action whose
 * token is not its session's is refused, so a page elsewhere cannot act for an editor even when a
 * browser sends the cookie. When the service listens beyond the loopback address, actions also need
 * the password whose hash is {@value DeskPassword#SETTING}; without one set, they are refused with
 * a message saying how to set it. Thread-safe.
 */
final class DeskGuard {

    static final String COOKIE = "republish_desk";
    /** Sessions kept at most; the oldest goes first. A desk has a handful of editors. */
    private static final int MAX_SESSIONS = 1000;
    private static final Duration LIFETIME = Duration.ofHours(12);

    /** A browser's session at the desk: its action token, and whether its editor gave the password. */
    static final class Session {
        private final String id;
        private final String token;
        private final Instant created = Instant.now();
        private volatile boolean passwordGiven;

        private Session(String id, String token) {
            this.id = id;
            this.token = token;
        }

        String token() {
            return token;
        }

        boolean passwordGiven() {
            return passwordGiven;
        }
    }

    /**
     * Wrong passwords in the last minute, from anyone: past {@value #WRONG_PER_MINUTE}, no password is
     * checked until the minute is over. Guessing then takes years, and each check's PBKDF2 work cannot
     * be made to fill the processors. New sessions cost nothing, so the limit is not per session.
     */
    static final int WRONG_PER_MINUTE = 10;

    private static final class WrongPasswords {
        private final java.util.ArrayDeque<Long> times = new java.util.ArrayDeque<>();

        synchronized boolean allowsAnother() {
            long minuteAgo = System.nanoTime() - 60_000_000_000L;
            while (!times.isEmpty() && times.peekFirst() - minuteAgo < 0) {
                times.removeFirst();
            }
            return times.size() < WRONG_PER_MINUTE;
        }

        synchronized void add() {
            times.addLast(System.nanoTime());
        }
    }

    private final WrongPasswords wrongPasswords = new WrongPasswords();
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final boolean beyondLoopback;
    private final String passwordHash;

    /**
     * @param beyondLoopback the service listens on an address other computers can reach
     * @param passwordHash   the configured hash, or null/blank when none is set
     */
    DeskGuard(boolean beyondLoopback, String passwordHash) {
        this.beyondLoopback = beyondLoopback;
        this.passwordHash = passwordHash == null || passwordHash.isBlank() ? null : passwordHash.strip();
        if (this.passwordHash != null && !DeskPassword.wellFormed(this.passwordHash)) {
            throw new IllegalArgumentException("setting " + DeskPassword.SETTING + " is not a password hash of the "
                    + "form pbkdf2-sha256:ITERATIONS:SALT:HASH; make one with: java -cp republish.jar "
                    + DeskPassword.class.getName());
        }
    }

    /** Why no action can be taken at all, or empty when actions are possible. */
    Optional<String> actionsOff() {
        if (beyondLoopback && passwordHash == null) {
            return Optional.of("The desk's actions are switched off: the service listens beyond this computer and no "
                    + "desk password is set. Make a password hash with \"java -cp republish.jar "
                    + DeskPassword.class.getName() + "\" and set it as " + DeskPassword.SETTING
                    + " in the configuration (or REPUBLISH_DESK_PASSWORD_HASH in the environment), then restart.");
        }
        return Optional.empty();
    }

    /** True when this session must still give the password with its next action. */
    boolean needsPassword(Session session) {
        return passwordHash != null && !session.passwordGiven();
    }

    /** The session named by the request's cookie header, if it is one of ours and still current. */
    Optional<Session> find(String cookieHeader) {
        String id = cookie(cookieHeader);
        if (id == null) {
            return Optional.empty();
        }
        Session s = sessions.get(id);
        if (s == null || s.created.plus(LIFETIME).isBefore(Instant.now())) {
            return Optional.empty();
        }
        return Optional.of(s);
    }

    /** A new session; its cookie is {@link #setCookie}. */
    Session open() {
        if (sessions.size() >= MAX_SESSIONS) {
            List<Session> oldest = sessions.values().stream().sorted(Comparator.comparing(s -> s.created))
                    .limit(sessions.size() - MAX_SESSIONS + 1).toList();
            oldest.forEach(s -> sessions.remove(s.id));
        }
        Session s = new Session(randomText(), randomText());
        sessions.put(s.id, s);
        return s;
    }

    static String setCookie(Session session) {
        return COOKIE + "=" + session.id + "; Path=/; HttpOnly; SameSite=Strict";
    }

    /**
     * Why an action is refused, or empty when it may go ahead: the actions are off, the request has no
     * session, its token is not its session's, or the password is needed and wrong.
     */
    Optional<String> refusal(String cookieHeader, String token, String password) {
        Optional<String> off = actionsOff();
        if (off.isPresent()) {
            return off;
        }
        Optional<Session> session = find(cookieHeader);
        if (session.isEmpty() || token == null
                || !MessageDigest.isEqual(session.get().token.getBytes(StandardCharsets.US_ASCII),
                        token.getBytes(StandardCharsets.UTF_8))) {
            return Optional.of("This form has expired or did not come from the desk's own page. Open the page again "
                    + "and repeat the action.");
        }
        if (needsPassword(session.get())) {
            if (password == null || password.isEmpty()) {
                return Optional.of("The desk password is missing.");
            }
            if (!wrongPasswords.allowsAnother()) {
                return Optional.of("Too many wrong passwords in the last minute; wait a minute and try again.");
            }
            if (!DeskPassword.matches(passwordHash, password.toCharArray())) {
                wrongPasswords.add();
                return Optional.of("The desk password is wrong.");
            }
            session.get().passwordGiven = true;
        }
        return Optional.empty();
    }

    private String randomText() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String cookie(String header) {
        if (header == null) {
            return null;
        }
        for (String part : header.split(";")) {
            String p = part.strip();
            if (p.startsWith(COOKIE + "=")) {
                return p.substring(COOKIE.length() + 1);
            }
        }
        return null;
    }
}
