package vn.lgtq.reference;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** First start of a database: national reference units, then (when asked for) the demo hamlets and their data. */
@ApplicationScoped
public class StartupData {
    @Inject
    ReferenceDataLoader referenceData;

    @Inject
    DemoData demoData;

    @Inject
    SonLaDemo sonLaDemo;

    @Inject
    DemoDataConfig config;

    void onStart(@Observes StartupEvent event) {
        referenceData.loadOnce();
        if (config.enabled()) {
            demoData.loadOnce();
            if (config.size() == DemoDataConfig.Size.SON_LA) {
                sonLaDemo.loadOnce();
            }
        }
    }
}
