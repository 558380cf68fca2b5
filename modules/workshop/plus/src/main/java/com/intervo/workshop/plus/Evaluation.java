package com.intervo.workshop.plus;

import com.intervo.crm.CatalogService;
import com.intervo.crm.ChecklistRef;
import com.intervo.crm.PricedItem;
import com.intervo.kernel.errors.DomainException;
import com.intervo.kernel.files.FileStorage;
import com.intervo.kernel.files.StagedFile;
import com.intervo.kernel.files.StoredFile;
import com.intervo.kernel.tenancy.WorkspaceClock;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evaluation stage: a technician follows the equipment type's checklist point by point, records OK or a problem
 * (a defect, its probable cause, a note, photos) and what the problem needs — parts to replace or recondition,
 * labour. Each point is saved on its own (with its version), so an evaluation can stop halfway and another technician
 * resume it. Finishing it makes the initial quote.
 */
@Service
@Transactional(readOnly = true)
public class Evaluation {

    /** The owner type of a problem's photos in the kernel's file storage (owner id: the evaluation point). */
    public static final String PHOTO_OWNER = "WORKSHOP_PLUS_PROBLEM";

    /** The owner type of the sheet's own photos (the device as it came in, its label…; owner id: the sheet). */
    public static final String SHEET_PHOTO_OWNER = "WORKSHOP_PLUS_SHEET";

    static final int MAX_NEEDS = 30;

    public enum Result {
        OK,
        PROBLEM
    }

    /** A part or labour a problem needs. */
    public record Need(
            UUID id, Plus.NeedKind kind, UUID itemId, String code, String name, String unit, BigDecimal quantity) {}

    /** What the technician saves for a point. */
    public record NeedDraft(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            Plus.NeedKind kind,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            UUID itemId,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            BigDecimal quantity) {}

    /**
     * A point's answer, saved over the version read. {@code result} null clears the point (not yet evaluated).
     */
    public record Answer(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            long version,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            Result result,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            String defect,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            String cause,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            String note,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            List<NeedDraft> needs) {
        public Answer {
            needs = needs == null ? List.of() : List.copyOf(needs);
        }
    }

    /**
     * One point of the sheet's evaluation with the defects and causes predefined for it in the catalog (the
     * technician may also type their own).
     */
    public record Point(
            UUID id,
            long version,
            int position,
            String text,
            boolean mandatory,
            Result result,
            String defect,
            String cause,
            String note,
            String checkedBy,
            Instant checkedAt,
            List<String> defectOptions,
            List<String> causeOptions,
            List<Need> needs,
            List<UUID> photoIds) {}

    public record Sheet(UUID sheetId, Plus.Stage stage, int answered, int total, List<Point> points) {
        public boolean complete() {
            return answered == total;
        }
    }

    private final JdbcClient jdbc;
    private final PlusGuard guard;
    private final CatalogService catalog;
    private final FileStorage files;
    private final WorkspaceClock workspace;
    private final Quotes quotes;
    private final PlusSheets sheets;

    Evaluation(
            JdbcTemplate jdbc,
            PlusGuard guard,
            CatalogService catalog,
            FileStorage files,
            WorkspaceClock workspace,
            Quotes quotes,
            PlusSheets sheets) {
        this.jdbc = JdbcClient.create(jdbc);
        this.guard = guard;
        this.catalog = catalog;
        this.files = files;
        this.workspace = workspace;
        this.quotes = quotes;
        this.sheets = sheets;
    }

    @PermitAll
    public Sheet of(UUID sheetId) {
        PlusSheet plus = sheets.get(sheetId);
        Map<UUID, ChecklistRef.Point> options = new HashMap<>();
        catalog.checklistOfType(plus.equipmentTypeId())
                .ifPresent(c -> c.points().forEach(p -> options.put(p.id(), p)));
        Map<UUID, List<Need>> needs = needs(sheetId);
        List<Row> rows = jdbc.sql("""
                        select id, version, point_id, position, text, mandatory, result, defect, cause, note,
                               checked_by, checked_at
                        from plus_evaluation_point where sheet_id = ? order by position""")
                .param(sheetId)
                .query((rs, n) -> new Row(
                        rs.getObject(1, UUID.class),
                        rs.getLong(2),
                        rs.getObject(3, UUID.class),
                        rs.getInt(4),
                        rs.getString(5),
                        rs.getBoolean(6),
                        rs.getString(7) == null ? null : Result.valueOf(rs.getString(7)),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getString(10),
                        rs.getString(11),
                        PlusSheets.instant(rs.getTimestamp(12))))
                .list();
        Map<UUID, List<StoredFile>> photos =
                files.of(PHOTO_OWNER, rows.stream().map(Row::id).toList());
        List<Point> points = new ArrayList<>();
        int answered = 0;
        for (Row r : rows) {
            ChecklistRef.Point option = r.pointId() == null ? null : options.get(r.pointId());
            points.add(new Point(
                    r.id(),
                    r.version(),
                    r.position(),
                    r.text(),
                    r.mandatory(),
                    r.result(),
                    r.defect(),
                    r.cause(),
                    r.note(),
                    r.checkedBy(),
                    r.checkedAt(),
                    option == null ? List.of() : option.defects(),
                    option == null ? List.of() : option.causes(),
                    needs.getOrDefault(r.id(), List.of()),
                    photos.getOrDefault(r.id(), List.of()).stream()
                            .map(StoredFile::id)
                            .toList()));
            if (r.result() != null) {
                answered++;
            }
        }
        return new Sheet(sheetId, plus.stage(), answered, rows.size(), points);
    }

    private record Row(
            UUID id,
            long version,
            UUID pointId,
            int position,
            String text,
            boolean mandatory,
            Result result,
            String defect,
            String cause,
            String note,
            String checkedBy,
            Instant checkedAt) {}

    private Map<UUID, List<Need>> needs(UUID sheetId) {
        Map<UUID, List<Need>> needs = new HashMap<>();
        jdbc.sql("""
                        select n.point_id, n.id, n.kind, coalesce(n.part_id, n.service_id),
                               coalesce(p.code, s.code), coalesce(p.name, s.name), coalesce(p.unit, s.unit), n.quantity
                        from plus_evaluation_need n
                        left join part p on p.id = n.part_id
                        left join service_item s on s.id = n.service_id
                        where n.sheet_id = ? order by n.point_id, n.position""").param(sheetId).query(rs -> {
            needs.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                    .add(new Need(
                            rs.getObject(2, UUID.class),
                            Plus.NeedKind.valueOf(rs.getString(3)),
                            rs.getObject(4, UUID.class),
                            rs.getString(5),
                            rs.getString(6),
                            rs.getString(7),
                            rs.getBigDecimal(8)));
        });
        return needs;
    }

    /** Saves one point's answer over the version read (another technician's save in between: 409). */
    @Transactional
    @RolesAllowed({"ADMIN", "TECHNICIAN", "MANAGER"})
    public Sheet answer(UUID sheetId, UUID pointId, Answer answer) {
        guard.lock(sheetId, Plus.Stage.EVALUATION);
        if (answer == null) {
            throw DomainException.invalid("workshopplus.error.required", "result");
        }
        String defect = PlusRules.text(answer.defect(), "defect", 500);
        String cause = PlusRules.text(answer.cause(), "cause", 500);
        String note = PlusRules.text(answer.note(), "note", 2000);
        if (answer.result() == Result.PROBLEM && defect == null) {
            throw DomainException.invalid("workshopplus.error.defect-required", "defect");
        }
        if (answer.result() != Result.PROBLEM
                && (defect != null || cause != null || !answer.needs().isEmpty())) {
            throw DomainException.invalid("workshopplus.error.ok-with-problem", "result");
        }
        List<NeedDraft> drafts = checkNeeds(answer.needs());
        Timestamp now = Timestamp.from(guard.clock().instant());
        int changed = jdbc.sql("""
                        update plus_evaluation_point set version = version + 1, result = ?, defect = ?, cause = ?,
                               note = ?, checked_by = ?, checked_at = ?
                        where id = ? and sheet_id = ? and version = ?""")
                .params(
                        answer.result() == null ? null : answer.result().name(),
                        defect,
                        cause,
                        note,
                        answer.result() == null ? null : PlusGuard.displayName(),
                        answer.result() == null ? null : now,
                        pointId,
                        sheetId,
                        answer.version())
                .update();
        if (changed == 0) {
            boolean exists = jdbc.sql("select count(*) from plus_evaluation_point where id = ? and sheet_id = ?")
                            .params(pointId, sheetId)
                            .query(Long.class)
                            .single()
                    > 0;
            throw exists
                    ? DomainException.conflict("workshopplus.error.stale", "version")
                    : DomainException.notFound("workshopplus.error.point-not-found");
        }
        jdbc.sql("delete from plus_evaluation_need where point_id = ?")
                .param(pointId)
                .update();
        int position = 0;
        for (NeedDraft need : drafts) {
            boolean labour = need.kind() == Plus.NeedKind.LABOUR;
            jdbc.sql("""
                            insert into plus_evaluation_need (id, point_id, sheet_id, position, kind, part_id,
                                   service_id, quantity)
                            values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            UUID.randomUUID(),
                            pointId,
                            sheetId,
                            position++,
                            need.kind().name(),
                            labour ? null : need.itemId(),
                            labour ? need.itemId() : null,
                            need.quantity())
                    .update();
        }
        touch(sheetId);
        return of(sheetId);
    }

    private List<NeedDraft> checkNeeds(List<NeedDraft> needs) {
        if (needs.size() > MAX_NEEDS) {
            throw DomainException.invalid("workshopplus.error.too-many", "needs", MAX_NEEDS);
        }
        Set<UUID> parts = new HashSet<>();
        Set<UUID> services = new HashSet<>();
        int i = 0;
        for (NeedDraft need : needs) {
            String field = "needs[" + i++ + "]";
            if (need == null || need.kind() == null) {
                throw DomainException.invalid("workshopplus.error.required", field + ".kind");
            }
            if (need.itemId() == null) {
                throw DomainException.invalid("workshopplus.error.required", field + ".itemId");
            }
            PlusRules.quantity(need.quantity(), field + ".quantity");
            (need.kind() == Plus.NeedKind.LABOUR ? services : parts).add(need.itemId());
        }
        Map<UUID, PricedItem> knownParts = catalog.pricedParts(parts, workspace.today());
        Map<UUID, PricedItem> knownServices = catalog.pricedServices(services, workspace.today());
        i = 0;
        for (NeedDraft need : needs) {
            boolean known = need.kind() == Plus.NeedKind.LABOUR
                    ? knownServices.containsKey(need.itemId())
                    : knownParts.containsKey(need.itemId());
            if (!known) {
                throw DomainException.invalid("workshopplus.error.item-unknown", "needs[" + i + "].itemId");
            }
            i++;
        }
        return needs;
    }

    /** A photo of the problem found at a point (staged outside the transaction, attached here). */
    @Transactional
    @RolesAllowed({"ADMIN", "TECHNICIAN", "MANAGER"})
    public StoredFile addPhoto(UUID sheetId, UUID pointId, StagedFile staged) {
        guard.lock(sheetId, Plus.Stage.EVALUATION, Plus.Stage.QUOTE, Plus.Stage.REPAIR);
        String result = jdbc.sql("select coalesce(result, '') from plus_evaluation_point where id = ? and sheet_id = ?")
                .params(pointId, sheetId)
                .query(String.class)
                .optional()
                .orElseThrow(() -> DomainException.notFound("workshopplus.error.point-not-found"));
        if (!Result.PROBLEM.name().equals(result)) {
            throw DomainException.conflict("workshopplus.error.photo-needs-problem", "pointId");
        }
        return files.attach(staged, PHOTO_OWNER, pointId);
    }

    /** A photo of a problem of this sheet (or its JPEG thumbnail); another sheet's file is not found. */
    @PermitAll
    public byte[] photo(UUID sheetId, UUID fileId, boolean thumbnail) {
        if (!isPhotoOf(sheetId, fileId)) {
            throw DomainException.notFound("workshopplus.error.photo-not-found");
        }
        return thumbnail ? files.thumbnail(fileId).orElseGet(() -> files.read(fileId)) : files.read(fileId);
    }

    /** A photo of the sheet itself (staged outside the transaction, attached here); any stage, while open. */
    @Transactional
    @RolesAllowed({"ADMIN", "DISPATCHER", "TECHNICIAN", "MANAGER"})
    public StoredFile addSheetPhoto(UUID sheetId, StagedFile staged) {
        guard.lock(sheetId, Plus.Stage.EVALUATION, Plus.Stage.QUOTE, Plus.Stage.REPAIR);
        return files.attach(staged, SHEET_PHOTO_OWNER, sheetId);
    }

    /** The sheet's own photos, oldest first. */
    @PermitAll
    public List<UUID> sheetPhotos(UUID sheetId) {
        guard.licensed();
        return files.of(SHEET_PHOTO_OWNER, List.of(sheetId)).getOrDefault(sheetId, List.of()).stream()
                .map(StoredFile::id)
                .toList();
    }

    /** A sheet photo for the portal (nobody signed in); it must belong to the sheet. */
    byte[] portalSheetPhoto(UUID sheetId, UUID fileId) {
        return files.readOwned(SHEET_PHOTO_OWNER, sheetId, fileId);
    }

    /** A photo the portal found through the sheet's code (nobody signed in); it must belong to the point. */
    byte[] portalPhoto(UUID pointId, UUID fileId) {
        return files.readOwned(PHOTO_OWNER, pointId, fileId);
    }

    /** Whether a file is a photo of a problem of this sheet (the photo download checks it). */
    @PermitAll
    public boolean isPhotoOf(UUID sheetId, UUID fileId) {
        guard.licensed();
        StoredFile file = files.get(fileId);
        if (file != null && SHEET_PHOTO_OWNER.equals(file.ownerType())) {
            return sheetId.equals(file.ownerId());
        }
        return file != null
                && PHOTO_OWNER.equals(file.ownerType())
                && jdbc.sql("select count(*) from plus_evaluation_point where id = ? and sheet_id = ?")
                                .params(file.ownerId(), sheetId)
                                .query(Long.class)
                                .single()
                        > 0;
    }

    /**
     * Ends the evaluation: every point answered; the sheet goes to the quote stage with the initial quote drafted
     * from the services ordered and what the problems need.
     */
    @Transactional
    @RolesAllowed({"ADMIN", "TECHNICIAN", "MANAGER"})
    public Quote finish(UUID sheetId) {
        guard.lock(sheetId, Plus.Stage.EVALUATION);
        long open = jdbc.sql("select count(*) from plus_evaluation_point where sheet_id = ? and result is null")
                .param(sheetId)
                .query(Long.class)
                .single();
        if (open > 0) {
            throw DomainException.invalid("workshopplus.error.evaluation-incomplete", "points", open);
        }
        Timestamp now = Timestamp.from(guard.clock().instant());
        jdbc.sql("""
                        update plus_sheet set evaluated_at = ?, evaluated_by = ?, version = version + 1,
                               updated_at = ?, updated_by = ?
                        where sheet_id = ?""")
                .params(now, PlusGuard.displayName(), now, PlusGuard.actor(), sheetId)
                .update();
        guard.stage(sheetId, Plus.Stage.QUOTE);
        return quotes.draftFromEvaluation(sheetId);
    }

    private void touch(UUID sheetId) {
        jdbc.sql("update plus_sheet set version = version + 1, updated_at = ?, updated_by = ? where sheet_id = ?")
                .params(Timestamp.from(guard.clock().instant()), PlusGuard.actor(), sheetId)
                .update();
    }
}
