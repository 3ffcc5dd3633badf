package org.kepu.content.contest;

/** What the winners of an award receive, as the contest page lists it: 一等奖 — 证书和奖金 2000 元. */
public record Prize(String name, String reward) {}
