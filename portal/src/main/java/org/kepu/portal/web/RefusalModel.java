package org.kepu.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Why a request was refused, for the error page: a form whose session expired (its CSRF token no
 * longer matches) is not an account without the right, and the page must not say it is.
 */
@ControllerAdvice(annotations = Controller.class)
class RefusalModel {

    @ModelAttribute("staleForm")
    boolean staleForm(HttpServletRequest request) {
        return request.getAttribute(WebAttributes.ACCESS_DENIED_403) instanceof CsrfException;
    }
}
