package org.lastrada.portal.testing;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.lastrada.portal.testing.Requires.Prerequisite;
import org.opentest4j.AssertionFailedError;

/**
 * Checks a test class's {@link Requires} before anything of it runs (its Spring context included). On a developer's
 * machine a missing prerequisite skips the class with the reason; when the environment says {@code CI=true} it fails
 * the class instead, naming what is missing and how .ci/run provides it, so that CI is never green by skipping.
 */
public final class Prerequisites implements ExecutionCondition {

    private static final boolean CI = "true".equalsIgnoreCase(System.getenv("CI"));

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        List<Prerequisite> missing = AnnotationSupport.findAnnotation(context.getElement(), Requires.class)
                .map(requires -> Stream.of(requires.value()).filter(prerequisite -> !prerequisite.isPresent()).toList())
                .orElse(List.of());
        if (missing.isEmpty()) {
            return ConditionEvaluationResult.enabled("nothing missing");
        }
        String what = String.join("; ", missing.stream().map(p -> p.missing() + " (" + p.howCiProvidesIt() + ")").toList());
        if (CI) {
            // Thrown from a condition, JUnit reports the class as failed.
            throw new AssertionFailedError("Missing under CI=true, where tests may not be skipped: " + what);
        }
        return ConditionEvaluationResult.disabled("Skipped, missing " + what + "; under CI=true this fails");
    }
}
