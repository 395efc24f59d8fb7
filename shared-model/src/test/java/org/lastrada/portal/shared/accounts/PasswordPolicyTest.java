package org.lastrada.portal.shared.accounts;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lastrada.portal.shared.validation.InvalidInputException;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void acceptsALongUncommonPasswordWithoutTheUsername() {
        assertThatCode(() -> policy.check("poland.editor", "river-lantern-Sofia-42")).doesNotThrowAnyException();
    }

    @Test
    void refusesPasswordsShorterThanTwelveCharacters() {
        assertThatThrownBy(() -> policy.check("poland.editor", "Short-pw-11"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at least 12 characters");
    }

    @Test
    void refusesPasswordsContainingTheUsernameInAnyCase() {
        assertThatThrownBy(() -> policy.check("poland.editor", "my-POLAND.EDITOR-pw"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("must not contain the username");
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "Password1234", "QWERTYUIOP123", "123456789012", "correcthorsebatterystaple"})
    void refusesCommonPasswordsIgnoringCase(String common) {
        assertThatThrownBy(() -> policy.check("someone", common))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("too common")
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("password");
    }
}
