package se.linkoping.lod.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import se.linkoping.lod.testing.RunningSite;

/** What a browser does with the editor's forms, by HTTP: cookies, the form's token, form posts. */
final class StaffBrowser {

    private static final Pattern TOKEN = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    private final RunningSite site;

    StaffBrowser(RunningSite site) {
        this.site = site;
    }

    /** Signs in as the site's editor through the form; the session cookie ({@code name=value}). */
    String signIn() {
        HttpResponse<String> form = site.send(HttpRequest.newBuilder(URI.create(site.url("staff/login"))));
        String loginCookie = StaffRoutes.LOGIN_COOKIE + "=" + cookie(form, StaffRoutes.LOGIN_COOKIE);
        HttpResponse<String> in = post("staff/login", loginCookie, Map.of("csrf", token(form.body()),
                "name", RunningSite.USER, "password", RunningSite.PASSWORD));
        assertEquals(303, in.statusCode(), in.body());
        String setCookie = in.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(StaffRoutes.SESSION_COOKIE + "=")).findFirst().orElseThrow();
        assertTrue(setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Strict")
                && setCookie.contains("Path=/staff"), setCookie);
        return StaffRoutes.SESSION_COOKIE + "=" + cookie(in, StaffRoutes.SESSION_COOKIE);
    }

    /** The CSRF token of the first form of a page. */
    static String token(String html) {
        Matcher m = TOKEN.matcher(html);
        assertTrue(m.find(), html);
        return m.group(1);
    }

    HttpResponse<String> get(String path, String cookie) {
        return site.send(HttpRequest.newBuilder(URI.create(site.url(path))).header("Cookie", cookie));
    }

    HttpResponse<String> post(String path, String cookie, Map<String, String> fields) {
        return post(path, cookie, List.copyOf(fields.entrySet()));
    }

    /** A form post with fields that may repeat. */
    HttpResponse<String> post(String path, String cookie, List<Map.Entry<String, String>> fields) {
        String body = fields.stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(site.url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return site.send(request);
    }

    /** The value of a cookie the answer sets. */
    static String cookie(HttpResponse<?> response, String name) {
        Map<String, String> cookies = new LinkedHashMap<>();
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int eq = pair.indexOf('=');
            cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        assertTrue(cookies.containsKey(name), response.headers().allValues("Set-Cookie").toString());
        return cookies.get(name);
    }
}
