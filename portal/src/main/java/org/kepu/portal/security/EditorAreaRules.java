package org.kepu.portal.security;

import static org.springframework.security.authorization.AuthorityAuthorizationManager.hasAnyRole;

import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.access.intercept.RequestMatcherDelegatingAuthorizationManager;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/**
 * Who may use which part of the back office under {@code /editor/**}. Reviewers review: the queue,
 * an article's review page, approve, return, take offline, and the sensitive-word list. Writing,
 * images, paste and preview, columns, the emergency notice, search synonyms and contest screening
 * are for editors. Admins may do both. Anything under {@code /editor/} not listed here is for
 * editors and admins, so a new editor page never opens to reviewers by accident.
 * {@code EditorialAuthorizationMatrixTests} checks every route against every role.
 */
final class EditorAreaRules {

    private EditorAreaRules() {}

    static AuthorizationManager<RequestAuthorizationContext> rules() {
        PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
        AuthorizationManager<RequestAuthorizationContext> writers = hasAnyRole("EDITOR", "ADMIN");
        AuthorizationManager<RequestAuthorizationContext> reviewers = hasAnyRole("REVIEWER", "ADMIN");
        AuthorizationManager<RequestAuthorizationContext> staff = hasAnyRole("EDITOR", "REVIEWER", "ADMIN");
        RequestMatcherDelegatingAuthorizationManager rules = RequestMatcherDelegatingAuthorizationManager.builder()
                // the desk (own articles and the review queue) and an article's page with its history
                .add(path.matcher(HttpMethod.GET, "/editor/articles"), staff)
                .add(path.matcher(HttpMethod.GET, "/editor/articles/{id:[0-9]+}"), staff)
                .add(path.matcher(HttpMethod.POST, "/editor/articles/{id:[0-9]+}/approve"), reviewers)
                .add(path.matcher(HttpMethod.POST, "/editor/articles/{id:[0-9]+}/reject"), reviewers)
                .add(path.matcher(HttpMethod.POST, "/editor/articles/{id:[0-9]+}/offline"), reviewers)
                // the same for videos
                .add(path.matcher(HttpMethod.GET, "/editor/videos"), staff)
                .add(path.matcher(HttpMethod.GET, "/editor/videos/{id:[0-9]+}"), staff)
                .add(path.matcher(HttpMethod.POST, "/editor/videos/{id:[0-9]+}/approve"), reviewers)
                .add(path.matcher(HttpMethod.POST, "/editor/videos/{id:[0-9]+}/reject"), reviewers)
                .add(path.matcher(HttpMethod.POST, "/editor/videos/{id:[0-9]+}/offline"), reviewers)
                .add(path.matcher("/editor/sensitive-words/**"), reviewers)
                .add(AnyRequestMatcher.INSTANCE, writers)
                .build();
        return (authentication, context) -> rules.authorize(authentication, context.getRequest());
    }
}
