package vn.lgtq.reference;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** First start of a database: national reference units, then (when asked for) the demo hamlets. */
@ApplicationScoped
public class StartupData {
    @Inject
    ReferenceDataLoader referenceData;

    @Inject
    DemoData demoData;

    @ConfigProperty(name = "lgtq.demo-data.enabled")
    boolean demoEnabled;

    void onStart(@Observes StartupEvent event) {
        referenceData.loadOnce();
        if (demoEnabled) {
            demoData.loadOnce();
        }
    }
}
