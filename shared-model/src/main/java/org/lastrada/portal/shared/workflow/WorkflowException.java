package org.lastrada.portal.shared.workflow;

/** A workflow step that the item's current state does not allow; the message names item, state and step. */
public class WorkflowException extends RuntimeException {

    public WorkflowException(String message) {
        super(message);
    }
}
