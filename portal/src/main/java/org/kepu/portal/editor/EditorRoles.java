package org.kepu.portal.editor;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the article pages offer the signed-in person, so that nobody is shown a button the back
 * office's rules ({@code security/EditorAreaRules}) would refuse: editors write, reviewers review.
 */
@ControllerAdvice(assignableTypes = {EditorArticleController.class, ReviewController.class})
class EditorRoles {

    @ModelAttribute("mayWrite")
    boolean mayWrite(Authentication person) {
        return has(person, "ROLE_EDITOR") || has(person, "ROLE_ADMIN");
    }

    @ModelAttribute("mayReview")
    boolean mayReview(Authentication person) {
        return has(person, "ROLE_REVIEWER") || has(person, "ROLE_ADMIN");
    }

    private static boolean has(Authentication person, String role) {
        return person != null
                && person.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals(role));
    }
}
