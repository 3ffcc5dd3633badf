package org.kepu.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import org.kepu.content.article.ArticleNotFound;
import org.kepu.content.article.EditorialRuleBroken;
import org.kepu.content.article.StaleArticle;
import org.kepu.content.column.ColumnNotFound;
import org.kepu.content.contest.ContestNotFound;
import org.kepu.content.contest.ContestRuleBroken;
import org.kepu.content.contest.EntryNotFound;
import org.kepu.content.video.TooManyUnfinishedVideos;
import org.kepu.content.video.VideoNotFound;
import org.kepu.search.SearchIndexUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Maps the domain's exceptions to a status: a friendly Chinese page for people, a
 * {@link ProblemDetail} for the JSON API.
 */
@ControllerAdvice
class Failures {

    private static final Logger log = LoggerFactory.getLogger(Failures.class);

    @ExceptionHandler({
        ArticleNotFound.class,
        VideoNotFound.class,
        ColumnNotFound.class,
        ContestNotFound.class,
        EntryNotFound.class
    })
    Object notFound(RuntimeException e, HttpServletRequest request) {
        log.debug("Not found: {}", e.getMessage());
        return respond(request, HttpStatus.NOT_FOUND, "您要找的内容不存在或已下线。");
    }

    @ExceptionHandler({
        IllegalArgumentException.class,
        MethodArgumentNotValidException.class,
        HttpMessageNotReadableException.class,
        MethodArgumentTypeMismatchException.class
    })
    Object badRequest(Exception e, HttpServletRequest request) {
        log.debug("Bad request to {}: {}", request.getRequestURI(), e.getMessage());
        return respond(request, HttpStatus.BAD_REQUEST, "请求的参数不正确。");
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return respond(request, HttpStatus.PAYLOAD_TOO_LARGE, "文件太大，请压缩后重新上传（不能超过 25 MB）。");
    }

    @ExceptionHandler(SearchIndexUnavailable.class)
    Object searchDown(SearchIndexUnavailable e, HttpServletRequest request) {
        log.warn("Search is unavailable: {}", e.getMessage());
        return respond(request, HttpStatus.SERVICE_UNAVAILABLE, "搜索暂时不可用，请稍后再试；其他页面不受影响。");
    }

    @ExceptionHandler(InvalidRequest.class)
    Object invalid(InvalidRequest e, HttpServletRequest request) {
        return respond(request, HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(TooManyUnfinishedVideos.class)
    Object tooManyVideos(TooManyUnfinishedVideos e, HttpServletRequest request) {
        return respond(request, HttpStatus.TOO_MANY_REQUESTS, e.getMessage());
    }

    @ExceptionHandler(ContestRuleBroken.class)
    Object contestRule(ContestRuleBroken e, HttpServletRequest request) {
        return respond(request, HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler({EditorialRuleBroken.class, StaleArticle.class})
    Object conflict(RuntimeException e, HttpServletRequest request) {
        String message = e instanceof StaleArticle ? "文章已被别人修改，请刷新后再保存。" : e.getMessage();
        return respond(request, HttpStatus.CONFLICT, message);
    }

    private static Object respond(HttpServletRequest request, HttpStatus status, String message) {
        if (request.getRequestURI().startsWith("/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
            return ResponseEntity.status(status).body(problem);
        }
        ModelAndView page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("message", message);
        return page;
    }
}
