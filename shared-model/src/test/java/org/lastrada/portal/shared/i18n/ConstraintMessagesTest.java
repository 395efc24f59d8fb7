package org.lastrada.portal.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.shared.Fixtures;
import org.lastrada.portal.shared.SharedModelTestApplication;
import org.lastrada.portal.shared.organisations.MemberOrganisation;
import org.lastrada.portal.shared.organisations.OrganisationKind;
import org.lastrada.portal.shared.organisations.OrganisationProfile;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Constraint messages come from the portal's bundles in the reader's language, whichever validator checks: Spring
 * Boot's (its MessageInterpolatorFactory wraps the validator's interpolator in a MessageSourceMessageInterpolator over
 * the application context, which asks the "messageSource" bean, in the locale of LocaleContextHolder), and every
 * validator built the standard way, such as Vaadin's BeanValidationBinder (META-INF/validation.xml names
 * PortalMessageInterpolator; the binder passes the UI's locale).
 */
@SpringBootTest(classes = SharedModelTestApplication.class)
class ConstraintMessagesTest {

    private static final Locale POLISH = NetworkLanguage.POLISH.locale();

    @Autowired Validator springBootsValidator;

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void springBootsValidatorWordsTheBundlesTemplatesInTheRequestsLocale() {
        LocaleContextHolder.setLocale(POLISH);
        assertThat(messages(springBootsValidator.validate(organisationWithBadFields())))
                .contains("musi być dwuliterowym kodem kraju ISO 3166, np. PL", "może zawierać tylko małe litery, cyfry i pojedyncze łączniki",
                        "nie może być puste");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(messages(springBootsValidator.validate(organisationWithBadFields())))
                .contains("must be a two-letter ISO 3166 country code, such as NL", "must not be blank");
    }

    @Test
    void standardValidatorsWordThemInTheLocaleTheyAreGiven() {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            assertThat(factory.getMessageInterpolator()).isInstanceOf(PortalMessageInterpolator.class);
            Set<ConstraintViolation<MemberOrganisation>> violations = factory.getValidator().validate(organisationWithBadFields());
            ConstraintViolation<MemberOrganisation> country = violations.stream()
                    .filter(v -> v.getPropertyPath().toString().equals("countryCode")).findFirst().orElseThrow();

            assertThat(factory.getMessageInterpolator().interpolate(country.getMessageTemplate(), context(country),
                    NetworkLanguage.UKRAINIAN.locale())).isEqualTo("має бути дволітерним кодом країни ISO 3166, наприклад UA");
            // The constraint's own attributes ({max}) are filled in, in any language.
            OrganisationProfile profile = Fixtures.profile("x".repeat(201));
            ConstraintViolation<OrganisationProfile> size = factory.getValidator().validateProperty(profile, "name").iterator().next();
            assertThat(factory.getMessageInterpolator().interpolate(size.getMessageTemplate(), context(size), POLISH))
                    .isEqualTo("długość musi wynosić od 0 do 200");
            // Without a locale, English: never the machine's language.
            assertThat(country.getMessage()).isEqualTo("must be a two-letter ISO 3166 country code, such as NL");
        }
    }

    private static MemberOrganisation organisationWithBadFields() {
        return new MemberOrganisation("Not A Slug", OrganisationKind.MEMBER, "XX", Fixtures.profile(" "), Fixtures.NOW);
    }

    private static Set<String> messages(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream().map(ConstraintViolation::getMessage).collect(java.util.stream.Collectors.toSet());
    }

    private static jakarta.validation.MessageInterpolator.Context context(ConstraintViolation<?> violation) {
        return new jakarta.validation.MessageInterpolator.Context() {
            @Override
            public jakarta.validation.metadata.ConstraintDescriptor<?> getConstraintDescriptor() {
                return violation.getConstraintDescriptor();
            }

            @Override
            public Object getValidatedValue() {
                return violation.getInvalidValue();
            }

            @Override
            public <T> T unwrap(Class<T> type) {
                return violation.unwrap(type);
            }
        };
    }
}
