package org.lastrada.portal.shared.workflow;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.List;
import java.util.Set;
import org.lastrada.portal.shared.i18n.Message;

/** The complete table of allowed steps of one workflow: from a state, an action leads to one state. */
public final class TransitionTable<S extends Enum<S>> {

    private final Map<S, Map<WorkflowAction, S>> transitions;

    private TransitionTable(Map<S, Map<WorkflowAction, S>> transitions) {
        this.transitions = transitions;
    }

    public static <S extends Enum<S>> Builder<S> of(Class<S> states) {
        return new Builder<>(states);
    }

    /**
     * The state the action leads to, or a {@link WorkflowException} naming the item ({@code Post#description()}), its
     * state and the action, and the states that allow it.
     */
    public S next(Message item, S from, WorkflowAction action) {
        S to = transitions.get(from).get(action);
        if (to == null) {
            List<Message> allowedFrom = transitions.entrySet().stream()
                    .filter(e -> e.getValue().containsKey(action))
                    .map(Map.Entry::getKey)
                    .sorted()
                    .map(TransitionTable::stateName)
                    .toList();
            throw new WorkflowException(allowedFrom.isEmpty()
                    ? Message.of("workspace.refusal.workflow.not-allowed", item, stateName(from), pastTense(action))
                    : Message.of("workspace.refusal.workflow.only-when", item, stateName(from), pastTense(action), either(allowedFrom)));
        }
        return to;
    }

    /** "changes requested", as a sentence names a state of a post or of a change (i18n/workspace). */
    public static Message stateName(Enum<?> state) {
        return Message.of("workspace.state." + state.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    /** "draft or changes requested". */
    private static Message either(List<Message> states) {
        Message list = states.get(states.size() - 1);
        for (int i = states.size() - 2; i >= 0; i--) {
            list = Message.of("workspace.list.or", states.get(i), list);
        }
        return list;
    }

    public Set<WorkflowAction> allowedActions(S from) {
        return Collections.unmodifiableSet(transitions.get(from).keySet());
    }

    /** "sent back for changes", as in "it cannot be sent back for changes". */
    private static Message pastTense(WorkflowAction action) {
        return Message.of("workspace.refusal.workflow.cannot-be." + action.key());
    }

    /** Collects the allowed steps; every state not mentioned allows none. */
    public static final class Builder<S extends Enum<S>> {
        private final Class<S> states;
        private final Map<S, Map<WorkflowAction, S>> transitions;

        private Builder(Class<S> states) {
            this.states = states;
            this.transitions = new EnumMap<>(states);
            for (S state : states.getEnumConstants()) {
                transitions.put(state, new EnumMap<>(WorkflowAction.class));
            }
        }

        public Builder<S> allow(S from, WorkflowAction action, S to) {
            transitions.get(from).put(action, to);
            return this;
        }

        public TransitionTable<S> build() {
            Map<S, Map<WorkflowAction, S>> frozen = new EnumMap<>(states);
            transitions.forEach((state, steps) -> frozen.put(state, Collections.unmodifiableMap(new EnumMap<>(steps))));
            return new TransitionTable<>(frozen);
        }
    }
}
