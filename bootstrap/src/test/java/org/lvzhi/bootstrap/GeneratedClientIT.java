package org.lvzhi.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lvzhi.client.ApiException;
import org.lvzhi.client.api.ApiClientApi;
import org.lvzhi.client.api.DeputyApi;
import org.lvzhi.client.api.DutyReportApi;
import org.lvzhi.client.api.ImportApi;
import org.lvzhi.client.api.TermApi;
import org.lvzhi.client.api.TokenApi;
import org.lvzhi.client.model.AccessRole;
import org.lvzhi.client.model.ApiClientControllerCreateRequest;
import org.lvzhi.client.model.ApiClientControllerIssuedClientResponse;
import org.lvzhi.client.model.CreateTokenRequest;
import org.lvzhi.client.model.ContactForm;
import org.lvzhi.client.model.DeputyForm;
import org.lvzhi.client.model.DeputyResponse;
import org.lvzhi.client.model.ImportResponse;
import org.lvzhi.client.model.ImportResponseSkippedItem;
import org.lvzhi.client.model.PageResponseDeputyResponse;
import org.lvzhi.client.model.Problem;
import org.lvzhi.client.model.ProblemErrorsInner;

/**
 * The platform through the Java client the build generates from docs/openapi.yml (openapi-generator, JDK HttpClient),
 * as an integrator would call it: nothing but what the document declares. The integration signs in as an API client a
 * tenant admin of 嘉定 made for it (client credentials), with the roles docs/integration.md tells an integrator to ask for.
 */
@MicronautTest(transactional = false)
class GeneratedClientIT extends ApiTest {

    @Test
    @DisplayName("an API client signs in with client credentials, registers a deputy and pages through the deputies")
    void registersAndPages() throws ApiException {
        org.lvzhi.client.ApiClient integration = integration();
        DeputyApi deputies = new DeputyApi(integration);
        String term = firstTerm(integration);
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
    @DisplayName("an API client checks a record file (dry run), imports it, and the same file again is skipped as stored")
    void importsRecords(@TempDir Path directory) throws ApiException, IOException {
        org.lvzhi.client.ApiClient integration = integration();
        String name = "导入" + UUID.randomUUID().toString().substring(0, 4);
        new DeputyApi(integration).registerDeputy(form(name, firstTerm(integration)), null);
        Path file = Files.writeString(directory.resolve("records.csv"),
                "代表姓名,类型,日期,对象,备注\n" + name + ",STATE_ORGAN_ACTIVITY,2026-05-06,嘉定区人民法院,旁听庭审\n");
        ImportApi imports = new ImportApi(integration);

        ImportResponse checked = imports.dutyRecordsImport(null, true, file.toFile());
        ImportResponse imported = imports.dutyRecordsImport(null, null, file.toFile());
        ImportResponse again = imports.dutyRecordsImport(null, null, file.toFile());

        assertThat(checked.getDryRun()).isTrue();
        assertThat(checked.getRows()).isEqualTo(1);
        assertThat(checked.getErrors()).isEmpty();
        assertThat(imported.getDryRun()).isFalse();
        assertThat(imported.getImported()).as(imported.toString()).isEqualTo(1);
        assertThat(again.getImported()).isZero();
        assertThat(again.getSkippedRows()).extracting(ImportResponseSkippedItem::getRow).containsExactly(2);
    }

    @Test
    @DisplayName("the import template downloads as the workbook's bytes")
    void downloadsTheTemplate() throws ApiException, IOException {
        byte[] template = Files.readAllBytes(new ImportApi(integration()).dutyRecordsTemplateImport().toPath());

        assertThat(new String(template, 0, 2)).isEqualTo("PK");
    }

    @Test
    @DisplayName("a deputy's annual duty report and term summary download as PDF bytes")
    void downloadsPdfs() throws ApiException, IOException {
        org.lvzhi.client.ApiClient integration = integration();
        String deputy = new DeputyApi(integration).registerDeputy(form("报告" + UUID.randomUUID().toString().substring(0, 4),
                firstTerm(integration)), null).getId();
        DutyReportApi reports = new DutyReportApi(integration);

        byte[] report = Files.readAllBytes(reports.reportPdfDutyReport(deputy, "2026").toPath());
        byte[] summary = Files.readAllBytes(reports.termSummaryPdfDutyReport(deputy).toPath());

        assertThat(new String(report, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        assertThat(new String(summary, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
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

    /**
     * A new API client of 嘉定 as its tenant admin creates it, signed in with its client credentials: the roles an
     * integration writing to the register holds.
     */
    private org.lvzhi.client.ApiClient integration() throws ApiException {
        ApiClientControllerIssuedClientResponse issued = new ApiClientApi(signedIn("sh-jiading-admin")).createClientApiClient(
                new ApiClientControllerCreateRequest().name("OA系统" + UUID.randomUUID().toString().substring(0, 4))
                        .roles(List.of(AccessRole.INTEGRATION, AccessRole.LIAISON_OFFICER)), UUID.randomUUID().toString());
        return bearing(new TokenApi(anonymous())
                .createClientToken("client_credentials", issued.getClient().getClientId(), issued.getSecret()).getAccessToken());
    }

    private org.lvzhi.client.ApiClient signedIn(String username) {
        try {
            return bearing(new TokenApi(anonymous()).createToken(
                    new CreateTokenRequest().username(username).password("demo")).getAccessToken());
        } catch (ApiException e) {
            throw new IllegalStateException("cannot sign in as " + username + ": " + e.getResponseBody(), e);
        }
    }

    private org.lvzhi.client.ApiClient anonymous() {
        org.lvzhi.client.ApiClient anonymous = new org.lvzhi.client.ApiClient();
        anonymous.updateBaseUri(server.getURI().toString());
        return anonymous;
    }

    private org.lvzhi.client.ApiClient bearing(String token) {
        return anonymous().setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
    }

    private static String firstTerm(org.lvzhi.client.ApiClient client) throws ApiException {
        return new TermApi(client).listTerm(null, null).getItems().getFirst().getId();
    }

    private static DeputyForm form(String name, String term) {
        return new DeputyForm().name(name).termId(term).constituency("DISTRICT")
                .grassroots(false).military(false).contact(new ContactForm().phone("021-59990000"));
    }
}
