package de.nrw.coop.web;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The portal's users: a UTF-8 text file, one user a line, {@code name:role:hash}, where role is
 * {@code reader} or {@code staff} and hash a bcrypt hash ({@code $2a$12$...}, made by
 * {@code coop serve --hash-password NAME:ROLE}). {@code #} starts a comment line. With
 * {@code --auth proxy} the hash may be left out ({@code name:role}): the proxy has checked the
 * password, the file only gives roles.
 */
public final class Credentials {
    /** bcrypt cost of new hashes: 2^12 rounds, about a quarter second on the portal's machine. */
    public static final int COST = 12;
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}._@-]{1,200}");
    private static final Pattern HASH = Pattern.compile("\\$2[aby]\\$\\d{2}\\$[./A-Za-z0-9]{53}");
    /** A hash no password matches quickly: unknown users cost as much time as known ones. */
    private static final String DUMMY = BCrypt.withDefaults().hashToString(COST, "no such user".toCharArray());
    private static final int CACHE_LIMIT = 1000;

    private record Entry(Role role, String hash) {}

    private final Map<String, Entry> users;
    /**
     * Passwords already verified, as keyed digests (never the password): bcrypt on every request of
     * a browser that sends basic credentials with each would cost a quarter second each.
     */
    private final Set<String> verified = ConcurrentHashMap.newKeySet();
    private final byte[] cacheKey = new byte[32];

    private Credentials(Map<String, Entry> users) {
        this.users = users;
        new SecureRandom().nextBytes(cacheKey);
    }

    /**
     * Reads a credentials file.
     *
     * @param hashesRequired whether every line needs a password hash (basic authentication)
     * @throws CredentialsException naming the file and line of the first fault
     */
    public static Credentials load(Path file, boolean hashesRequired) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            throw new CredentialsException(file, 0, "not UTF-8 text");
        } catch (IOException e) {
            throw new CredentialsException(file, 0, "cannot read: " + e.getMessage());
        }
        Map<String, Entry> users = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            int n = i + 1;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split(":", 3);
            if (parts.length < 2) {
                throw new CredentialsException(file, n, "expected name:role:hash, found no role");
            }
            String name = parts[0];
            if (!NAME.matcher(name).matches()) {
                throw new CredentialsException(file, n, "user name '" + name
                        + "' must be 1 to 200 letters, digits or . _ @ -");
            }
            Role role = Role.parse(parts[1]);
            if (role == null) {
                throw new CredentialsException(file, n, "role '" + parts[1] + "' of user " + name
                        + " is neither reader nor staff");
            }
            String hash = parts.length == 3 && !parts[2].isEmpty() && !parts[2].equals("-") ? parts[2] : null;
            if (hash != null && !HASH.matcher(hash).matches()) {
                throw new CredentialsException(file, n, "the hash of user " + name
                        + " is not a bcrypt hash ($2a$12$ and 53 characters); make one with coop serve --hash-password");
            }
            if (hash == null && hashesRequired) {
                throw new CredentialsException(file, n, "user " + name
                        + " has no password hash; basic authentication needs one (coop serve --hash-password)");
            }
            if (users.putIfAbsent(name, new Entry(role, hash)) != null) {
                throw new CredentialsException(file, n, "user " + name + " is listed twice");
            }
        }
        if (users.isEmpty()) {
            throw new CredentialsException(file, 0, "lists no user");
        }
        return new Credentials(Map.copyOf(users));
    }

    /** A bcrypt hash of the password, for a line of the credentials file. */
    public static String hash(char[] password) {
        if (password.length == 0) {
            throw new PortalException("an empty password cannot be hashed");
        }
        return BCrypt.withDefaults().hashToString(COST, password);
    }

    /** The user's role if the password is theirs. */
    public Optional<Role> authenticate(String name, String password) {
        Entry entry = users.get(name);
        String key = name + ' ' + digest(password);
        if (entry != null && entry.hash != null && verified.contains(key)) {
            return Optional.of(entry.role);
        }
        String hash = entry == null || entry.hash == null ? DUMMY : entry.hash;
        boolean ok = BCrypt.verifyer().verify(password.toCharArray(), hash).verified;
        if (!ok || entry == null || entry.hash == null) {
            return Optional.empty();
        }
        if (verified.size() >= CACHE_LIMIT) {
            verified.clear();
        }
        verified.add(key);
        return Optional.of(entry.role);
    }

    /** The role the file gives the user, if it lists them. */
    public Optional<Role> roleOf(String name) {
        Entry entry = users.get(name);
        return entry == null ? Optional.empty() : Optional.of(entry.role);
    }

    private String digest(String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(cacheKey, "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    @Override
    public String toString() {
        return "Credentials" + Arrays.toString(users.keySet().toArray());
    }
}
