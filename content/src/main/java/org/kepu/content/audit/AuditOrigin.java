package org.kepu.content.audit;

/**
 * Where the current action comes from: the client address of the request being served, put here by
 * the portal for the length of each request. Background jobs have none and are recorded as
 * {@value #SYSTEM}.
 */
public final class AuditOrigin {

    /** The address recorded for what no request asked for (jobs, start-up). */
    public static final String SYSTEM = "system";

    private static final int MAX_LENGTH = 64;
    private static final ThreadLocal<String> ADDRESS = new ThreadLocal<>();

    private AuditOrigin() {}

    /** Records {@code address} for what this thread does until the returned scope is closed. */
    public static Scope from(String address) {
        String previous = ADDRESS.get();
        ADDRESS.set(address == null || address.isBlank() ? SYSTEM : cap(address.strip()));
        return () -> {
            if (previous == null) {
                ADDRESS.remove();
            } else {
                ADDRESS.set(previous);
            }
        };
    }

    /** The address of the current request, or {@value #SYSTEM}. */
    public static String current() {
        String address = ADDRESS.get();
        return address == null ? SYSTEM : address;
    }

    private static String cap(String address) {
        return address.length() <= MAX_LENGTH ? address : address.substring(0, MAX_LENGTH);
    }

    /** Ends the origin set by {@link #from}; closing never throws. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
