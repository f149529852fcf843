package org.republish.web;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The desk's password, kept in the configuration only as a PBKDF2 hash (the JDK's
 * PBKDF2WithHmacSHA256): {@code pbkdf2-sha256:ITERATIONS:SALT:HASH}, salt and hash in Base64.
 * {@link #main} prints the hash of a password typed in, for {@value #SETTING}.
 */
public final class DeskPassword {

    /** The setting holding the hash; REPUBLISH_DESK_PASSWORD_HASH in the environment. */
    public static final String SETTING = "republish.desk.password-hash";
    /** OWASP's 2023 figure for PBKDF2-HMAC-SHA256: about a tenth of a second per check on a small server. */
    static final int ITERATIONS = 600_000;
    private static final String SCHEME = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;

    private DeskPassword() {
    }

    /** The stored form of {@code password}, with a new random salt. */
    static String hash(char[] password, int iterations) {
        byte[] salt = new byte[SALT_BYTES];
        new SecureRandom().nextBytes(salt);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return SCHEME + ":" + iterations + ":" + b64.encodeToString(salt) + ":"
                + b64.encodeToString(derive(password, salt, iterations));
    }

    /** True when {@code stored} is a well-formed hash of {@code password}; compared in constant time. */
    static boolean matches(String stored, char[] password) {
        String[] parts = stored == null ? new String[0] : stored.strip().split(":");
        if (parts.length != 4 || !parts[0].equals(SCHEME)) {
            return false;
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            if (iterations < 1 || iterations > 10_000_000) {
                return false;
            }
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            return MessageDigest.isEqual(expected, derive(password, salt, iterations));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** True when {@code stored} has the form of a hash this class makes (the operator pasted the whole line). */
    static boolean wellFormed(String stored) {
        String[] parts = stored == null ? new String[0] : stored.strip().split(":");
        return parts.length == 4 && parts[0].equals(SCHEME) && parts[1].matches("\\d{1,8}")
                && parts[2].matches("[A-Za-z0-9+/]+=*") && parts[3].matches("[A-Za-z0-9+/]+=*");
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK always has PBKDF2WithHmacSHA256", e);
        } finally {
            spec.clearPassword();
        }
    }

    /**
     * Reads a password (from the console without echo, else one line of standard input) and prints
     * the line to put in the configuration.
     */
    public static void main(String[] args) throws IOException {
        char[] password;
        Console console = System.console();
        if (console != null) {
            password = console.readPassword("Desk password: ");
        } else {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            password = line == null ? new char[0] : line.toCharArray();
        }
        if (password == null || password.length < 8) {
            System.err.println("Choose a password of at least 8 characters.");
            System.exit(2);
        }
        System.out.println(SETTING + "=" + hash(password, ITERATIONS));
        Arrays.fill(password, '\0');
    }
}
