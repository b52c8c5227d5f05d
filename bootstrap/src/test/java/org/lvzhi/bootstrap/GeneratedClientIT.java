package org.lvzhi.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.client.ApiException;
import org.lvzhi.client.api.TokenApi;
import org.lvzhi.client.api.DeputyApi;
import org.lvzhi.client.api.ImportApi;
import org.lvzhi.client.api.TermApi;
import org.lvzhi.client.model.CreateTokenRequest;
import org.lvzhi.client.model.ContactForm;
import org.lvzhi.client.model.DeputyForm;
import org.lvzhi.client.model.DeputyResponse;
import org.lvzhi.client.model.PageResponseDeputyResponse;
import org.lvzhi.client.model.Problem;
import org.lvzhi.client.model.ProblemErrorsInner;

/**
 * The platform through the Java client the build generates from docs/openapi.yml (openapi-generator, JDK HttpClient),
 * as an integrator would call it: nothing but what the document declares.
 */
@MicronautTest(transactional = false)
class GeneratedClientIT extends ApiTest {

    @Test
    @DisplayName("a client signs in, registers a deputy and pages through the deputies")
    void registersAndPages() throws ApiException {
        org.lvzhi.client.ApiClient liaison = signedIn("sh-jiading-liaison");
        DeputyApi deputies = new DeputyApi(liaison);
        String term = firstTerm(liaison);
        String name = "客户端" + UUID.randomUUID().toString().substring(0, 4);

        DeputyResponse registered = deputies.registerDeputy(form(name, term), null);
        deputies.registerDeputy(form(name + "乙", term), UUID.randomUUID().toString());
        PageResponseDeputyResponse first = deputies.searchDeputy(name, null, null, null, null, null, null, null, 1, true);
        PageResponseDeputyResponse second = deputies.searchDeputy(name, null, null, null, null, null, null, after(first.getNext()), 1, null);

        assertThat(registered.getName()).isEqualTo(name);
        assertThat(first.getTotal()).isEqualTo(2);
        assertThat(first.getNext()).isNotNull();
        assertThat(Stream.concat(first.getItems().stream(), second.getItems().stream()))
                .extracting(DeputyResponse::getName).containsExactlyInAnyOrder(name, name + "乙");
    }

    /** The cursor a keyset page's next address carries. */
    private static String after(String next) {
        Matcher cursor = Pattern.compile("[?&]after=([^&]+)").matcher(next);
        assertThat(cursor.find()).as(next).isTrue();
        return URLDecoder.decode(cursor.group(1), StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("the import template downloads as the workbook's bytes")
    void downloadsTheTemplate() throws ApiException, IOException {
        byte[] template = Files.readAllBytes(new ImportApi(signedIn("sh-jiading-liaison")).deputiesTemplateImport().toPath());

        assertThat(new String(template, 0, 2)).isEqualTo("PK");
    }

    @Test
    @DisplayName("a refusal reads as the declared problem, naming the field")
    void readsAProblem() throws ApiException, IOException {
        org.lvzhi.client.ApiClient liaison = signedIn("sh-jiading-liaison");
        DeputyForm nameless = form(" ", firstTerm(liaison));

        ApiException refused = catchThrowableOfType(ApiException.class, () -> new DeputyApi(liaison).registerDeputy(nameless, null));
        Problem problem = liaison.getObjectMapper().readValue(refused.getResponseBody(), Problem.class);

        assertThat(refused.getCode()).isEqualTo(422);
        assertThat(problem.getStatus()).isEqualTo(422);
        assertThat(problem.getErrors()).extracting(ProblemErrorsInner::getPointer).contains("/name");
    }

    private org.lvzhi.client.ApiClient signedIn(String username) {
        org.lvzhi.client.ApiClient anonymous = new org.lvzhi.client.ApiClient();
        anonymous.updateBaseUri(server.getURI().toString());
        String token;
        try {
            token = new TokenApi(anonymous).createToken(
                    new CreateTokenRequest().username(username).password("demo")).getAccessToken();
        } catch (ApiException e) {
            throw new IllegalStateException("cannot sign in as " + username + ": " + e.getResponseBody(), e);
        }
        org.lvzhi.client.ApiClient signedIn = new org.lvzhi.client.ApiClient();
        signedIn.updateBaseUri(server.getURI().toString());
        return signedIn.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
    }

    private static String firstTerm(org.lvzhi.client.ApiClient client) throws ApiException {
        return new TermApi(client).listTerm(null, null).getItems().getFirst().getId();
    }

    private static DeputyForm form(String name, String term) {
        return new DeputyForm().name(name).termId(term).constituency("DISTRICT")
                .grassroots(false).military(false).contact(new ContactForm().phone("021-59990000"));
    }
}
