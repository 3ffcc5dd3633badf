package org.kepu.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Many form posts at once on one signed-in session (double clicks, several tabs) all succeed: each
 * adds the flash map to the same database session, which used to end in a duplicate key and a 500.
 */
class ParallelFormPostsIntegrationTests extends PortalIntegrationTest {

    @Test
    void parallelFormPostsOnOneSessionNeverFail() throws Exception {
        List<Integer> statuses = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            for (int round = 0; round < 6; round++) {
                // a fresh session each round: the first post that adds an attribute is the one that raced
                PageSession session = PageSession.login(this::uri, ADMIN, ADMIN_PASSWORD);
                // the session's CSRF token exists before the burst, so that every post carries a valid one
                session.get("/login");
                List<Future<HttpResponse<String>>> posts = new ArrayList<>();
                for (int i = 0; i < 16; i++) {
                    posts.add(pool.submit(() -> session.post("/editor/sensitive-words/remove", "word", "并发测试词")));
                }
                for (Future<HttpResponse<String>> post : posts) {
                    statuses.add(post.get().statusCode());
                }
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(statuses).hasSize(96).containsOnly(302);
    }
}
