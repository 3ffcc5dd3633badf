package org.kepu.portal.browse;

import org.kepu.content.catalog.Catalog;
import org.kepu.content.reference.Audience;
import org.kepu.content.reference.Audiences;
import org.kepu.content.reference.Town;
import org.kepu.content.reference.Towns;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Articles for one of the plan's five audiences, or from one town. */
@Controller
class BrowseController {

    private static final int PAGE_SIZE = 12;

    private final Catalog catalog;
    private final Audiences audiences;
    private final Towns towns;

    BrowseController(Catalog catalog, Audiences audiences, Towns towns) {
        this.catalog = catalog;
        this.audiences = audiences;
        this.towns = towns;
    }

    @GetMapping("/audiences/{code}")
    String audience(@PathVariable String code, @RequestParam(defaultValue = "1") int page, Model model) {
        Audience audience =
                audiences.findByCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("heading", audience.name());
        model.addAttribute("base", "/audiences/" + code);
        model.addAttribute("articles", catalog.articlesFor(code, request(page)));
        return "browse/list";
    }

    @GetMapping("/towns/{code}")
    String town(@PathVariable String code, @RequestParam(defaultValue = "1") int page, Model model) {
        Town town = towns.findByCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("heading", town.name());
        model.addAttribute("base", "/towns/" + code);
        model.addAttribute("articles", catalog.articlesInTown(code, request(page)));
        return "browse/list";
    }

    private static PageRequest request(int page) {
        return PageRequest.of(Math.min(Math.max(page, 1), 1000) - 1, PAGE_SIZE);
    }
}
