package org.lastrada.portal.shared.i18n;

import com.ibm.icu.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;

/**
 * The one set of message bundles behind every text of the portal's interface: the public site's templates read it
 * through Spring's {@link MessageSource}, the workspace through Vaadin's I18NProvider (workspace-ui), which asks this
 * same bean. Bundles: {@code i18n/common} (words both use: post types, service areas), {@code i18n/site},
 * {@code i18n/workspace}; the file without a language suffix is English, the network's language and the fallback.
 * <p>
 * Messages with arguments are ICU message formats, so each language says "1 post", "2 posty", "5 postów" with its
 * own plural forms ({@code {0, plural, one {# post} few {# posty} many {# postów} other {# posta}}}) and numbers
 * in its own style. A lone apostrophe is plain text (ICU's default), with or without arguments.
 */
@Configuration(proxyBeanMethods = false)
public class PortalMessages {

    static final String[] BASENAMES = {"classpath:i18n/common", "classpath:i18n/site", "classpath:i18n/workspace", "classpath:i18n/federation", "classpath:i18n/media"};

    /** Named "messageSource": the application context, Thymeleaf and Spring MVC take it as theirs. */
    @Bean
    public static MessageSource messageSource() {
        return new IcuMessageSource();
    }

    /** A message in English, the network's language: for exception texts and logs, which no particular reader reads. */
    public static String english(MessageSourceResolvable message) {
        try {
            return English.MESSAGES.getMessage(message, Locale.ENGLISH);
        } catch (NoSuchMessageException missing) {
            // MessageBundlesTest and the workspace's tests keep the bundles whole; a log line should still say something.
            return String.valueOf(message);
        }
    }

    /** Read on first use: most of the portal never writes English outside a reader's request. */
    private static final class English {
        static final MessageSource MESSAGES = messageSource();
    }

    static final class IcuMessageSource extends ReloadableResourceBundleMessageSource {

        private final Map<Locale, Map<String, MessageFormat>> formats = new ConcurrentHashMap<>();

        IcuMessageSource() {
            setBasenames(BASENAMES);
            setDefaultEncoding("UTF-8");
            // English is the bundle without suffix: never the JVM's own locale in between.
            setFallbackToSystemLocale(false);
        }

        /** A message without arguments is its text as written; one with arguments goes through ICU. */
        @Override
        protected String getMessageInternal(String code, Object[] args, Locale locale) {
            Locale language = locale == null ? Locale.ENGLISH : locale;
            if (code == null || args == null || args.length == 0) {
                return super.getMessageInternal(code, args, language);
            }
            MessageFormat format = formats.computeIfAbsent(language, key -> new ConcurrentHashMap<>()).get(code);
            if (format == null) {
                String pattern = resolveCodeWithoutArguments(code, language);
                if (pattern == null) {
                    return super.getMessageInternal(code, args, language);
                }
                format = formats.get(language).computeIfAbsent(code, key -> new MessageFormat(pattern, language));
            }
            Object[] arguments = resolveArguments(args, language);
            synchronized (format) {
                return format.format(arguments);
            }
        }
    }
}
