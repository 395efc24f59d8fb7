package org.lastrada.portal.shared.workflow;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The complete table of allowed steps of one workflow: from a state, an action leads to one state. */
public final class TransitionTable<S extends Enum<S>> {

    private final Map<S, Map<WorkflowAction, S>> transitions;

    private TransitionTable(Map<S, Map<WorkflowAction, S>> transitions) {
        this.transitions = transitions;
    }

    public static <S extends Enum<S>> Builder<S> of(Class<S> states) {
        return new Builder<>(states);
    }

    /** The state the action leads to, or a {@link WorkflowException} naming the item, its state and the action. */
    public S next(String item, S from, WorkflowAction action) {
        S to = transitions.get(from).get(action);
        if (to == null) {
            Set<S> allowedFrom = transitions.entrySet().stream()
                    .filter(e -> e.getValue().containsKey(action))
                    .map(Map.Entry::getKey)
                    .collect(Collectors.toCollection(TreeSet::new));
            throw new WorkflowException(Character.toUpperCase(item.charAt(0)) + item.substring(1) + " is " + stateName(from) + ": it cannot be " + pastTense(action)
                    + (allowedFrom.isEmpty() ? "." : " (only when " + allowedFrom.stream().map(TransitionTable::stateName)
                    .collect(Collectors.joining(" or ")) + ")."));
        }
        return to;
    }

    /** "changes requested", for messages. */
    private static String stateName(Enum<?> state) {
        return state.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    public Set<WorkflowAction> allowedActions(S from) {
        return Collections.unmodifiableSet(transitions.get(from).keySet());
    }

    private static String pastTense(WorkflowAction action) {
        return switch (action) {
            case SUBMIT -> "submitted";
            case WITHDRAW -> "withdrawn";
            case RESUBMIT -> "resubmitted";
            case ARCHIVE -> "archived";
            case DISCARD -> "discarded";
            case APPROVE -> "approved";
            case REQUEST_CHANGES -> "sent back for changes";
            case REJECT -> "rejected";
            case TAKE_DOWN -> "taken down";
            case PUBLISH_DIRECTLY -> "published directly";
        };
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
