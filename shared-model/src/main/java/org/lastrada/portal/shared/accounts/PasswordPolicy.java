package org.lastrada.portal.shared.accounts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.lastrada.portal.shared.i18n.Message;
import org.lastrada.portal.shared.validation.InvalidInputException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The rule for every password that is set or reset: at least 12 characters, not containing the username,
 * not one of the common passwords shipped with the project.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;

    private final Set<String> commonPasswords;

    public PasswordPolicy() {
        try (var in = new ClassPathResource("accounts/common-passwords.txt").getInputStream()) {
            commonPasswords = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the list of common passwords", e);
        }
    }

    /** Refuses a password that breaks the rule, with a message for the password field. */
    public void check(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new InvalidInputException("password", Message.of("workspace.refusal.password.too-short", MIN_LENGTH));
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            throw new InvalidInputException("password", Message.of("workspace.refusal.password.contains-username"));
        }
        if (commonPasswords.contains(lower)) {
            throw new InvalidInputException("password", Message.of("workspace.refusal.password.too-common"));
        }
    }
}
