package org.kepu.content.blob;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/** Counts the S3 requests a client makes, by request type ({@code UploadPartRequest}, …). */
final class S3Requests implements ExecutionInterceptor {

    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        counts.computeIfAbsent(context.request().getClass().getSimpleName(), type -> new AtomicInteger())
                .incrementAndGet();
    }

    int count(String requestType) {
        AtomicInteger count = counts.get(requestType);
        return count == null ? 0 : count.get();
    }

    void reset() {
        counts.clear();
    }
}
