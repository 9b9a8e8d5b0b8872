package nl.schaduwklant.scheduler.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SupportedChannels.class)
class SchedulerConfiguration {

}
