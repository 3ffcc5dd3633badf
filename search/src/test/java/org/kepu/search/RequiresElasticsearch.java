package org.kepu.search;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Tests that need the real {@link ElasticsearchServer}. Outside CI they are skipped, with the reason, where no JDK
 * 21+ or distribution exists; with {@code CI=true} they always run, so anything missing fails them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresElasticsearch.Condition.class)
@interface RequiresElasticsearch {

    /** A condition rather than assumptions, so CI can never turn a missing server into a skip. */
    final class Condition implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                return ConditionEvaluationResult.enabled("CI=true: Elasticsearch tests always run");
            }
            return ElasticsearchServer.missing()
                    .map(reason ->
                            ConditionEvaluationResult.disabled("Elasticsearch tests skipped outside CI: " + reason))
                    .orElseGet(() -> ConditionEvaluationResult.enabled("Elasticsearch can run here"));
        }
    }
}
