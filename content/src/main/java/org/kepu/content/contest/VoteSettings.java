package org.kepu.content.contest;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When public votes look scripted.
 *
 * @param burstWindow how far back votes from one address are counted
 * @param burstAccounts this many different accounts voting from one address within the window is
 *     flagged for an admin (a school's shared network may legitimately reach a few)
 */
@ConfigurationProperties("kepu.contest.votes")
public record VoteSettings(
        @DefaultValue("10m") Duration burstWindow,
        @DefaultValue("5") int burstAccounts) {}
