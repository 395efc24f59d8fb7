package org.lastrada.portal.shared.workflow;

import org.lastrada.portal.shared.i18n.Message;
import org.lastrada.portal.shared.i18n.Refusal;

/** A workflow step that the item's current state does not allow; the message names item, state and step. */
public class WorkflowException extends RuntimeException implements Refusal {

    private final transient Message reason;

    public WorkflowException(Message reason) {
        super(reason.english());
        this.reason = reason;
    }

    @Override
    public Message reason() {
        return reason;
    }
}
