package org.lastrada.portal.shared.i18n;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;
import org.springframework.context.MessageSourceResolvable;

/**
 * Something the portal says to a person, in no language yet: a key of the message bundles and its arguments, which may
 * be messages themselves ("{0} is {1}" with the item and its state). The reader's screen words it in their language
 * (Spring's message source resolves nested messages); {@link #english()} is for logs, tests and exception texts.
 */
public final class Message implements MessageSourceResolvable, Serializable {

    private final String key;
    private final Object[] arguments;

    private Message(String key, Object[] arguments) {
        this.key = Objects.requireNonNull(key);
        this.arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    public static Message of(String key, Object... arguments) {
        return new Message(key, arguments);
    }

    public String key() {
        return key;
    }

    @Override
    public String[] getCodes() {
        return new String[] {key};
    }

    @Override
    public Object[] getArguments() {
        return arguments.clone();
    }

    /** The English text, the network's language. */
    public String english() {
        return PortalMessages.english(this);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Message other && key.equals(other.key) && Arrays.equals(arguments, other.arguments);
    }

    @Override
    public int hashCode() {
        return 31 * key.hashCode() + Arrays.hashCode(arguments);
    }

    @Override
    public String toString() {
        return key + Arrays.toString(arguments);
    }
}
