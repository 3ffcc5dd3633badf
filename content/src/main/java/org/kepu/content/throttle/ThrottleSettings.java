package org.kepu.content.throttle;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where rate limits keep their counts.
 *
 * @param store {@code memory}: each process counts on its own (the embedded default, one portal);
 *     {@code database}: every portal of a deployment shares the counts in PostgreSQL (production)
 * @param memoryKeys how many keys the in-memory store holds before it evicts the least used ones
 */
@Validated
@ConfigurationProperties("kepu.throttle")
public record ThrottleSettings(
        @DefaultValue("memory") @NotNull Store store,
        @DefaultValue("100000") @Positive int memoryKeys) {

    /** The two places counts can live. */
    public enum Store {
        MEMORY,
        DATABASE
    }
}
