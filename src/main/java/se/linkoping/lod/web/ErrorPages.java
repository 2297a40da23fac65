package se.linkoping.lod.web;

import java.util.List;
import java.util.Map;

import spark.Request;

import se.linkoping.lod.web.http.ErrorResponder;
import se.linkoping.lod.web.http.HttpError;
import se.linkoping.lod.web.view.PageLanguage;

/**
 * The HTML pages of errors, in the reader's language: 404 and 500 (with its incident id, never a
 * stack trace), and 406 listing the formats of the document that exist.
 */
final class ErrorPages implements ErrorResponder.ErrorPage {

    private final Site site;
    private final Negotiated negotiated;

    ErrorPages(Site site) {
        this.site = site;
        this.negotiated = new Negotiated(site);
    }

    @Override
    public String render(Request request, HttpError error, String incident) {
        PageLanguage lang = PageLanguage.choose(request.queryParams("lang"), request.headers("Accept-Language"));
        int status = error.status();
        String title = Templates.message("error." + status + ".title", lang.locale());
        if (error.document() != null) {
            String document = error.document();
            PageFrame frame = PageFrame.of(lang, title, site.basePath(), "",
                    site.basePath() + document + "?lang=" + lang.other().tag(), negotiated.alternates(document), null,
                    site.store().version());
            Map<String, Object> model = site.pageModel(frame, lang);
            model.put("variants", Variant.all().stream()
                    .map(v -> new PageFrame.Alternate(v.mediaType(), negotiated.href(document, v), v.extension()))
                    .toList());
            return site.templates().render("not-acceptable", model, lang);
        }
        PageFrame frame = PageFrame.of(lang, title, site.basePath(), "",
                request.pathInfo() + "?lang=" + lang.other().tag(), List.of(), null, site.store().version());
        Map<String, Object> model = site.pageModel(frame, lang);
        model.put("status", status);
        model.put("incident", incident);
        return site.templates().render("error", model, lang);
    }
}
