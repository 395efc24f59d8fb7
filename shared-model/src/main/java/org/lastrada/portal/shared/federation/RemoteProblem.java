package org.lastrada.portal.shared.federation;

import org.lastrada.portal.shared.i18n.Message;

/**
 * Why a feed could not be read, in words for the organisation's staff: a key of the message bundles
 * ({@code federation.problem.*}) and one detail (a status code, an address, the parser's words). Nothing of the
 * feed is saved when reading it fails.
 */
public class RemoteProblem extends Exception {

    private final String key;
    private final String detail;

    public RemoteProblem(String key, String detail) {
        super(Message.of("federation.problem." + key, detail == null ? "" : detail).english(), null, false, false);
        this.key = "federation.problem." + key;
        this.detail = detail;
    }

    public String key() {
        return key;
    }

    public String detail() {
        return detail;
    }

    public Message message() {
        return Message.of(key, detail == null ? "" : detail);
    }
}
