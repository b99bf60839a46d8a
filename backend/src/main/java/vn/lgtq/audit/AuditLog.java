package vn.lgtq.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.lgtq.security.CallerScope;

/** Records who changed what, in the same transaction as the change. */
@ApplicationScoped
public class AuditLog {
    @Inject
    CallerScope caller;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String entityType, Object entityId, String detail) {
        AuditEvent event = new AuditEvent();
        event.actor = caller.username();
        event.actorRoles = String.join(",", caller.roles());
        event.actorUnitCode = caller.unitCode();
        event.action = action;
        event.entityType = entityType;
        event.entityId = String.valueOf(entityId);
        event.detail = detail;
        event.persist();
    }

    /** For actions without a logged-in caller, e.g. a citizen on the public tip page (no IP or device kept). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAnonymous(String actor, String action, String entityType, Object entityId, String detail) {
        AuditEvent event = new AuditEvent();
        event.actor = actor;
        event.actorRoles = "";
        event.action = action;
        event.entityType = entityType;
        event.entityId = String.valueOf(entityId);
        event.detail = detail;
        event.persist();
    }
}
