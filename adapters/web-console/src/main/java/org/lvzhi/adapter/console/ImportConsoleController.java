package org.lvzhi.adapter.console;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.View;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.lvzhi.application.imports.port.in.ConcurrentImport;
import org.lvzhi.application.imports.port.in.ImportAccess;
import org.lvzhi.application.imports.port.in.ImportCommand;
import org.lvzhi.application.imports.port.in.ImportUseCases;
import org.lvzhi.application.imports.port.out.ImportFileRejected;
import org.lvzhi.application.imports.port.out.ImportKind;
import org.lvzhi.application.imports.port.out.SpreadsheetFormat;
import org.lvzhi.application.shared.AccessDenied;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.Principal;
import org.lvzhi.domain.shared.Checks;

/**
 * Spreadsheet imports at the desk: an uploaded CSV or XLSX file is first checked only (a dry run listing every row
 * error by row and column), and stored when the person confirms the checked file; a file with any error offers no
 * confirming and stores nothing.
 */
@Controller("/imports")
@Secured(SecurityRule.IS_ANONYMOUS)
class ImportConsoleController {

    private static final Map<ImportKind, String> GRANT = Map.of(ImportKind.DEPUTIES, ImportAccess.IMPORT_DEPUTIES,
            ImportKind.DUTY_RECORDS, ImportAccess.IMPORT_DUTY_RECORDS);

    private final ActingInCongress acting;
    private final Frames frames;
    private final ImportUseCases imports;

    ImportConsoleController(ActingInCongress acting, Frames frames, ImportUseCases imports) {
        this.acting = acting;
        this.frames = frames;
        this.imports = imports;
    }

    @Get
    @View("imports")
    Map<String, Object> form(@Nullable Principal principal, HttpRequest<?> request) {
        return page(importer(principal, request), "", Optional.empty(), "");
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    @View("imports")
    Map<String, Object> check(@Nullable Principal principal, HttpRequest<?> request, @Nullable @Part("kind") String kind,
                              @Nullable @Part("file") CompletedFileUpload file) {
        ActingCaller caller = importer(principal, request);
        try {
            if (file == null || file.getFilename() == null || file.getFilename().isBlank()) {
                throw new ImportFileRejected(ImportFileRejected.Reason.EMPTY);
            }
            SpreadsheetFormat format = SpreadsheetFormat.of(file.getFilename(), file.getContentType().map(MediaType::getName).orElse(""));
            byte[] content = bytes(file);
            var report = imports.importFile(caller, new ImportCommand(kind(kind), format, content, false, true));
            return page(caller, kind, Optional.of(ImportPreview.of(report, format.name(), Base64.getEncoder().encodeToString(content))), "");
        } catch (ImportFileRejected rejected) {
            return page(caller, kind, Optional.empty(), rejected.getMessage());
        }
    }

    @Post(value = "/confirm", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @View("imports")
    Map<String, Object> store(@Nullable Principal principal, HttpRequest<?> request, @Body Checked checked) {
        ActingCaller caller = importer(principal, request);
        try {
            var report = imports.importFile(caller, new ImportCommand(kind(checked.kind()),
                    SpreadsheetFormat.valueOf(Checks.required("format", checked.format())),
                    Base64.getDecoder().decode(Checks.required("content", checked.content())), false, false));
            return page(caller, checked.kind(), Optional.of(ImportPreview.of(report, checked.format(), "")), "");
        } catch (ImportFileRejected | ConcurrentImport refused) {
            return page(caller, checked.kind(), Optional.empty(), refused.getMessage());
        }
    }

    /** The caller, when they may import some kind of file. */
    private ActingCaller importer(@Nullable Principal principal, HttpRequest<?> request) {
        ActingCaller caller = acting.caller(principal, request);
        if (GRANT.values().stream().noneMatch(operation -> ImportAccess.GRANTS.allows(caller, operation))) {
            throw new AccessDenied(ConsoleText.text("denied"));
        }
        return caller;
    }

    private Map<String, Object> page(ActingCaller caller, @Nullable String kind, Optional<ImportPreview> preview, String fileError) {
        Map<String, String> kinds = new LinkedHashMap<>();
        for (ImportKind each : ImportKind.values()) {
            if (ImportAccess.GRANTS.allows(caller, GRANT.get(each))) {
                kinds.put(each.name(), ConsoleText.label(each));
            }
        }
        Map<String, Object> model = new HashMap<>();
        model.put("frame", frames.of(caller, ConsoleText.text("imports.title")));
        model.put("kinds", kinds);
        model.put("kind", kind == null || kind.isBlank() ? kinds.keySet().iterator().next() : kind);
        model.put("preview", preview);
        model.put("fileError", fileError);
        return model;
    }

    private static ImportKind kind(@Nullable String kind) {
        return ImportKind.valueOf(Checks.required("kind", kind));
    }

    private static byte[] bytes(CompletedFileUpload file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The checked file as the confirming form carries it back. */
    @Serdeable
    record Checked(@Nullable String kind, @Nullable String format, @Nullable String content) {
    }
}
