package com.intervo.kernel.customization;

import com.intervo.kernel.tenancy.TenantContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The status engine: ordered, coloured statuses per workflow (those the modules register in {@link Workflows},
 * or any other), each with a category and a final flag. Every workflow that has
 * statuses has exactly one initial status (an active, open, non-final one); a final status is DONE or CANCELLED;
 * the last open status cannot be deactivated.
 */
@Service
public class WorkflowStatuses {

    public static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,39}");
    public static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    private final StatusDefinitions statuses;
    private final WorkspaceLanguage workspace;
    private final Workflows workflows;

    WorkflowStatuses(StatusDefinitions statuses, WorkspaceLanguage workspace, Workflows workflows) {
        this.workflows = workflows;
        this.statuses = statuses;
        this.workspace = workspace;
    }

    /** The workspace's language: a status's name is required in it. */
    @Transactional(readOnly = true)
    public String workspaceLanguage() {
        return workspace.current();
    }

    /** The active statuses of the workflow, in order. */
    @Transactional(readOnly = true)
    public List<WorkflowStatus> list(String workflow) {
        return listAll(workflow).stream().filter(WorkflowStatus::active).toList();
    }

    /** All statuses of the workflow including deactivated ones (for the admin screen), in order. */
    @Transactional(readOnly = true)
    public List<WorkflowStatus> listAll(String workflow) {
        TenantContext.require();
        checkWorkflow(workflow);
        return statuses.findByWorkflowOrderByPositionAsc(workflow).stream()
                .map(StatusDefinition::toStatus)
                .toList();
    }

    /** The workflows the modules register and every other workflow that has statuses. */
    @Transactional(readOnly = true)
    public List<String> workflows() {
        TenantContext.require();
        TreeSet<String> others = new TreeSet<>(statuses.workflows());
        others.removeAll(workflows.registered());
        List<String> all = new ArrayList<>(workflows.registered());
        all.addAll(others);
        return all;
    }

    /** The status of that key (active or not). */
    @Transactional(readOnly = true)
    public Optional<WorkflowStatus> find(String workflow, String key) {
        return listAll(workflow).stream().filter(s -> s.key().equals(key)).findFirst();
    }

    /** The status a new record of the workflow starts in. */
    @Transactional(readOnly = true)
    public WorkflowStatus initial(String workflow) {
        return list(workflow).stream()
                .filter(WorkflowStatus::initial)
                .findFirst()
                .orElseThrow(() -> new CustomizationException("customization.error.no-initial", workflow));
    }

    @Transactional(readOnly = true)
    public WorkflowStatus get(UUID id) {
        TenantContext.require();
        return statuses.findById(id)
                .map(StatusDefinition::toStatus)
                .orElseThrow(() -> new CustomizationException("customization.error.not-found"));
    }

    @Transactional
    public WorkflowStatus create(String workflow, StatusDraft draft) {
        CustomizationAccess.requireAdmin();
        checkWorkflow(workflow);
        String language = workspace.current();
        List<StatusDefinition> existing = statuses.findByWorkflowOrderByPositionAsc(workflow);
        String key;
        if (draft.key() == null || draft.key().isBlank()) {
            // named by the admin; the key the records keep is made from the name
            Map<String, String> labels = LocalizedTexts.clean(draft.labels());
            CustomFieldService.requireLabel(labels, language, "customization.error.label-required-in");
            key = FieldKeys.unique(
                    FieldKeys.slug(labels.get(language), "status"),
                    40,
                    candidate -> existing.stream().anyMatch(s -> s.key().equals(candidate)));
        } else {
            key = draft.key().strip();
            if (!KEY.matcher(key).matches()) {
                throw new CustomizationException("customization.error.key-format");
            }
            if (existing.stream().anyMatch(s -> s.key().equals(key))) {
                throw new CustomizationException("customization.error.duplicate-status-key", key);
            }
        }
        int position =
                existing.stream().mapToInt(StatusDefinition::position).max().orElse(-1) + 1;
        StatusDefinition status = new StatusDefinition(workflow, key, position);
        apply(status, draft, language);
        boolean noInitial = existing.stream().noneMatch(s -> s.initial() && s.active());
        boolean initial = draft.initial() || (noInitial && canBeInitial(draft.category(), draft.finalStatus()));
        if (initial) {
            makeInitial(existing, status, draft);
        }
        return statuses.saveAndFlush(status).toStatus();
    }

    /** Changes labels, colour, category, final and initial flags; the key stays. */
    @Transactional
    public WorkflowStatus update(UUID id, StatusDraft draft) {
        CustomizationAccess.requireAdmin();
        StatusDefinition status =
                statuses.findById(id).orElseThrow(() -> new CustomizationException("customization.error.not-found"));
        if (draft.key() != null && !draft.key().strip().equals(status.key())) {
            throw new CustomizationException("customization.error.immutable");
        }
        List<StatusDefinition> all = statuses.findByWorkflowOrderByPositionAsc(status.workflow());
        if (status.initial() && !draft.initial()) {
            throw new CustomizationException("customization.error.initial-required");
        }
        if (status.active()
                && status.category() == StatusCategory.OPEN
                && draft.category() != StatusCategory.OPEN
                && isLastOpen(all, status)) {
            throw new CustomizationException("customization.error.last-open");
        }
        apply(status, draft, workspace.current());
        if (draft.initial() && !status.initial()) {
            if (!status.active()) {
                throw new CustomizationException("customization.error.initial-category");
            }
            makeInitial(all, status, draft);
        } else if (status.initial() && !canBeInitial(draft.category(), draft.finalStatus())) {
            throw new CustomizationException("customization.error.initial-category");
        }
        return statuses.saveAndFlush(status).toStatus();
    }

    @Transactional
    public WorkflowStatus deactivate(UUID id) {
        CustomizationAccess.requireAdmin();
        StatusDefinition status =
                statuses.findById(id).orElseThrow(() -> new CustomizationException("customization.error.not-found"));
        if (status.initial()) {
            throw new CustomizationException("customization.error.deactivate-initial");
        }
        if (status.active()
                && status.category() == StatusCategory.OPEN
                && isLastOpen(statuses.findByWorkflowOrderByPositionAsc(status.workflow()), status)) {
            throw new CustomizationException("customization.error.last-open");
        }
        status.active(false);
        return statuses.saveAndFlush(status).toStatus();
    }

    @Transactional
    public WorkflowStatus activate(UUID id) {
        CustomizationAccess.requireAdmin();
        StatusDefinition status =
                statuses.findById(id).orElseThrow(() -> new CustomizationException("customization.error.not-found"));
        status.active(true);
        return statuses.saveAndFlush(status).toStatus();
    }

    /** Puts every status of the workflow in the given order. */
    @Transactional
    public void reorder(String workflow, List<UUID> orderedIds) {
        CustomizationAccess.requireAdmin();
        checkWorkflow(workflow);
        Map<UUID, StatusDefinition> byId = new LinkedHashMap<>();
        statuses.findByWorkflowOrderByPositionAsc(workflow).forEach(s -> byId.put(s.getId(), s));
        if (orderedIds.size() != byId.size() || !byId.keySet().containsAll(orderedIds)) {
            throw new CustomizationException("customization.error.reorder-mismatch");
        }
        for (int i = 0; i < orderedIds.size(); i++) {
            byId.get(orderedIds.get(i)).position(i);
        }
        statuses.flush();
    }

    /** Moves a status up (delta -1) or down (+1). */
    @Transactional
    public void move(UUID id, int delta) {
        WorkflowStatus status = get(id);
        List<UUID> ids = new ArrayList<>(
                listAll(status.workflow()).stream().map(WorkflowStatus::id).toList());
        int from = ids.indexOf(id);
        int to = from + Integer.signum(delta);
        if (to < 0 || to >= ids.size()) {
            return;
        }
        ids.add(to, ids.remove(from));
        reorder(status.workflow(), ids);
    }

    /** A display name for a workflow without a translation (module-defined ones). */
    public static String fallbackName(String workflow) {
        String words = workflow.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private void makeInitial(List<StatusDefinition> all, StatusDefinition status, StatusDraft draft) {
        if (!canBeInitial(draft.category(), draft.finalStatus())) {
            throw new CustomizationException("customization.error.initial-category");
        }
        boolean cleared = false;
        for (StatusDefinition other : all) {
            if (other != status && other.initial()) {
                other.initial(false);
                cleared = true;
            }
        }
        if (cleared) {
            statuses.flush(); // the partial unique index allows one initial row at a time
        }
        status.initial(true);
    }

    private static boolean canBeInitial(StatusCategory category, boolean isFinal) {
        return category == StatusCategory.OPEN && !isFinal;
    }

    private static boolean isLastOpen(List<StatusDefinition> all, StatusDefinition status) {
        return all.stream()
                .noneMatch(s -> s != status
                        && !s.getId().equals(status.getId())
                        && s.active()
                        && s.category() == StatusCategory.OPEN);
    }

    private static void checkWorkflow(String workflow) {
        if (workflow == null || !Workflows.NAME.matcher(workflow).matches()) {
            throw new CustomizationException("customization.error.workflow-format");
        }
    }

    private static void apply(StatusDefinition status, StatusDraft draft, String language) {
        if (LocalizedTexts.hasUnsupportedLanguage(draft.labels())) {
            throw new CustomizationException("customization.error.language");
        }
        Map<String, String> labels = LocalizedTexts.clean(draft.labels());
        CustomFieldService.requireLabel(labels, language, "customization.error.label-required-in");
        if (labels.values().stream().anyMatch(t -> t.length() > CustomFieldService.MAX_LABEL)) {
            throw new CustomizationException("customization.error.text-too-long", CustomFieldService.MAX_LABEL);
        }
        String colour = draft.colour() == null ? "" : draft.colour().strip();
        if (!COLOUR.matcher(colour).matches()) {
            throw new CustomizationException("customization.error.colour-format");
        }
        if (draft.category() == null) {
            throw new CustomizationException("customization.error.category-required");
        }
        if (draft.finalStatus() && !draft.category().mayBeFinal()) {
            throw new CustomizationException("customization.error.final-category");
        }
        status.change(labels, colour.toLowerCase(Locale.ROOT), draft.category(), draft.finalStatus());
    }
}
