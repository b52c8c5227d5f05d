package org.lvzhi.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lvzhi.adapter.web.shared.PageResponse;
import org.reactivestreams.Publisher;

/**
 * Every list the API answers pages (issue 20): the router's GET routes are walked, and a route answering a list in any
 * other form than the one page envelope fails here; then the paging itself, on a keyset list and on a list by position.
 */
@MicronautTest(transactional = false)
class ListPagingIT extends ApiTest {

    @Inject Router router;

    @Test
    @DisplayName("no GET route of the API answers a bare list: each list is one page of {items, page, size, total, next}, taking size and page or after")
    void everyListPages() {
        List<String> unpaged = new ArrayList<>();
        Set<String> paged = new TreeSet<>();
        router.uriRoutes().filter(route -> route.getHttpMethod() == HttpMethod.GET)
                .filter(route -> route.getUriMatchTemplate().toPathString().startsWith("/api/")).forEach(route -> {
                    String name = "GET " + route.getUriMatchTemplate().toPathString();
                    Class<?> body = body(route);
                    List<String> parameters = Arrays.stream(route.getTargetMethod().getArguments()).map(Argument::getName).toList();
                    if (body == PageResponse.class) {
                        paged.add(name);
                        if (!parameters.contains("size") || !(parameters.contains("page") || parameters.contains("after"))) {
                            unpaged.add(name + " pages without size and page/after: " + parameters);
                        }
                    } else if (listLike(body, route)) {
                        unpaged.add(name + " answers " + route.getTargetMethod().getReturnType().asArgument());
                    }
                });

        assertThat(unpaged).as("lists answered unpaged").isEmpty();
        assertThat(paged).contains("GET /api/v1/inbox", "GET /api/v1/terms", "GET /api/v1/suggestions", "GET /api/v1/statistics/deputies",
                "GET /api/v1/policy-profile/audit", "GET /api/v1/webhooks/dead-letters", "GET /api/v1/accounts").hasSizeGreaterThan(30);
    }

    @Test
    @DisplayName("the inbox pages by its key, newest first: page 2 starts after page 1's last message, following next (and Link) to the end visits each once, in a stable order")
    void inboxKeyset() {
        String login = "hunan-deputy2";
        String token = api.token(login);
        Instant at = Instant.parse("2020-02-01T08:00:00Z"); // older than any message other tests send
        for (int i = 0; i < 5; i++) {
            InboxMessages.write("hunan", login, at.plusSeconds(i / 2 * 60), "分页消息" + i); // two pairs share their time: the id breaks the tie
        }

        var first = api.get("/api/v1/inbox?size=2", token);
        List<Object> walked = new ArrayList<>(ids(first));
        String next = String.valueOf(first.json().get("next"));
        assertThat(first.header("Link")).isEqualTo("<" + next + ">; rel=\"next\"");
        assertThat(next).contains("after=").contains("size=2");
        var second = api.get(next, token);
        walked.addAll(ids(second));
        for (var page = second; page.json().get("next") != null; ) {
            page = api.get(String.valueOf(page.json().get("next")), token);
            assertThat(page.list("items").size()).isLessThanOrEqualTo(2);
            walked.addAll(ids(page));
        }
        var all = api.get("/api/v1/inbox?size=200", token);

        assertThat(first.json()).containsEntry("size", 2).containsEntry("page", null).containsEntry("total", null);
        assertThat(first.list("items")).hasSize(2);
        assertThat(ids(all)).doesNotHaveDuplicates().containsExactlyElementsOf(walked);
        assertThat(all.json().get("next")).isNull();
        assertThat(all.headers().firstValue("Link")).isEmpty();
        assertThat(all.list("items")).extracting(m -> m.get("createdAt").toString()).isSortedAccordingTo((a, b) ->
                Instant.parse(b).compareTo(Instant.parse(a)));
        assertThat(api.get("/api/v1/inbox?size=201", token).pointers()).containsExactly("/size");
        assertThat(api.get("/api/v1/inbox?after=not-a-cursor", token).pointers()).containsExactly("/after");
        assertThat(api.get("/api/v1/inbox?size=abc", token)).satisfies(refused -> {
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.pointers()).containsExactly("/size");
        });
    }

    @Test
    @DisplayName("the deputy list pages by name after its cursor: walked while deputies are registered between pages, each deputy there at the start comes once, in the list's order, and its total comes only when asked")
    void deputiesKeysetWhileWriting() {
        String liaison = api.token("qinghai-liaison");
        String path = "/api/v1/deputies?size=2";
        List<Object> before = ids(api.get("/api/v1/deputies?size=200", liaison));
        List<String> names = new ArrayList<>(List.of("阿分页代表", "左分页代表", "巴分页代表", "中分页代表"));

        List<Object> walked = walkWhile(path, liaison, () -> {
            if (!names.isEmpty()) {
                var seated = api.post("/api/v1/deputies", liaison, Map.of("name", names.removeFirst(), "termId", api.firstTermId(liaison),
                        "constituency", "ELECTING_UNIT", "constituencyName", "西宁市人大"));
                assertThat(seated.status()).as(seated.toString()).isEqualTo(201);
            }
        });
        var counted = api.get(path + "&total=true", liaison);
        List<Object> after = ids(api.get("/api/v1/deputies?size=200", liaison));

        assertThat(walked).doesNotHaveDuplicates().containsAll(before);
        assertThat(walked).containsExactlyElementsOf(after.stream().filter(walked::contains).toList());
        assertThat(counted.json()).containsEntry("total", after.size()).containsEntry("page", null);
        assertThat(api.get(path, liaison).json()).containsEntry("total", null);
        assertThat(api.get("/api/v1/deputies?after=not-a-cursor", liaison).pointers()).containsExactly("/after");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/api/v1/matters, hunan-liaison", "/api/v1/leave-requests, bj-dongcheng-liaison"})
    @DisplayName("matters and leave requests page newest first by their key: followed by next one at a time, each comes once, and the total comes only when asked")
    void newestFirstKeyset(String list, String login) {
        String token = api.token(login);
        if (list.endsWith("matters")) {
            String deputy = api.get("/api/v1/deputies/me", api.token("hunan-deputy1")).text("id");
            for (int i = 0; i < 3; i++) {
                var recorded = api.post(list, token, Map.of("kind", "LETTER", "deputyIds", List.of(deputy), "title", "分页来信" + i,
                        "content", "内容", "on", "2026-03-01"));
                assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
            }
        }
        List<Object> before = ids(api.get(list + "?size=200", token));

        List<Object> walked = walkWhile(list + "?size=1", token, () -> { });
        var first = api.get(list + "?size=1", token);
        var counted = api.get(list + "?size=1&total=true", token);

        assertThat(walked).doesNotHaveDuplicates().containsExactlyElementsOf(before);
        assertThat(first.json()).containsEntry("page", null).containsEntry("total", null);
        if (before.size() > 1) {
            assertThat(String.valueOf(first.json().get("next"))).contains("after=").contains("size=1");
        }
        assertThat(counted.json()).containsEntry("total", before.size());
        assertThat(api.get(list + "?after=not-a-cursor", token).pointers()).containsExactly("/after");
    }

    /** Every id of a keyset list followed by next to its end, {@code between} run after each page. */
    private List<Object> walkWhile(String path, String token, Runnable between) {
        List<Object> walked = new ArrayList<>();
        for (Object next = path; next != null; ) {
            var page = api.get(String.valueOf(next), token);
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            walked.addAll(ids(page));
            next = page.json().get("next");
            between.run();
        }
        return walked;
    }

    @Test
    @DisplayName("a list read whole and answered a page at a time (the profile's audit) keeps its size cap and its order, and next walks it by page")
    void boundedListByPosition() {
        String admin = api.token("qinghai-admin");

        var first = api.get("/api/v1/policy-profile/versions?size=1", admin);
        var all = api.get("/api/v1/policy-profile/versions?size=200", admin);

        assertThat(first.json()).containsEntry("page", 0).containsEntry("size", 1).containsEntry("total", all.list("items").size());
        assertThat(first.list("items")).containsExactlyElementsOf(all.list("items").subList(0, 1));
        if (all.list("items").size() > 1) {
            assertThat(String.valueOf(first.json().get("next"))).contains("page=1").contains("size=1");
            assertThat(api.get(String.valueOf(first.json().get("next")), admin).list("items")).containsExactly(all.list("items").get(1));
        } else {
            assertThat(first.json().get("next")).isNull();
        }
        assertThat(api.get("/api/v1/terms?size=0", admin).pointers()).containsExactly("/size");
        assertThat(api.get("/api/v1/terms?page=-1", admin).pointers()).containsExactly("/page");
        assertThat(api.get("/api/v1/terms?page=abc", admin).pointers()).containsExactly("/page");
        assertThat(api.get("/api/v1/policy-profile/audit?size=201", admin).pointers()).containsExactly("/size");
    }

    private static List<Object> ids(ApiClient.Response page) {
        return page.list("items").stream().map(m -> m.get("id")).toList();
    }

    /** What the route's answer carries: the body of an HttpResponse, the type itself otherwise. */
    private static Class<?> body(UriRouteInfo<?, ?> route) {
        Argument<?> returned = route.getTargetMethod().getReturnType().asArgument();
        if (HttpResponse.class.isAssignableFrom(returned.getType())) {
            return returned.getFirstTypeVariable().<Class<?>>map(Argument::getType).orElse(Object.class);
        }
        return returned.getType();
    }

    private static boolean listLike(Class<?> body, UriRouteInfo<?, ?> route) {
        if (Publisher.class.isAssignableFrom(body)) {
            return !route.getProduces().contains(MediaType.TEXT_EVENT_STREAM_TYPE); // an event stream is not a list
        }
        return Iterable.class.isAssignableFrom(body) || body.isArray() && !body.getComponentType().isPrimitive() // byte[]: a file
                || body.isRecord() && Arrays.stream(body.getRecordComponents()).anyMatch(c -> c.getName().equals("items"));
    }
}
