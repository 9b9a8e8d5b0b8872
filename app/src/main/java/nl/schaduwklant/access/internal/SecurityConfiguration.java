package nl.schaduwklant.access.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Who may call what. API clients authenticate with HTTP Basic on every request (no
 * session); every endpoint has its roles here, and what is not listed is refused.
 * <ul>
 * <li>Twilio's webhooks and media streams ({@code /api/phone/**}) are public to Spring
 * Security: each request is checked against Twilio's signature instead.</li>
 * <li>Administrators manage users and norm profiles.</li>
 * <li>Consultants (and administrators) register organisations and questions, run
 * campaigns and review calls.</li>
 * <li>Auditors (and consultants and administrators) read everything and re-inspect
 * evidence.</li>
 * <li>Clients read their own organisation's measurements, verdicts, composite scores and
 * Service Excellence Scans, the norm profiles and the sector benchmark.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

	private static final String ADMIN = "ADMIN";

	private static final String CONSULTANT = "CONSULTANT";

	private static final String AUDITOR = "AUDITOR";

	private static final String CLIENT = "CLIENT";

	@Bean
	SecurityFilterChain apiSecurity(HttpSecurity http, MessageSource messages, LocaleResolver localeResolver)
			throws Exception {
		ProblemResponses problems = new ProblemResponses(messages, localeResolver);
		http.authorizeHttpRequests((requests) -> requests
			// signed by Twilio, checked by the phone probe's signature filter
			.requestMatchers("/api/phone/**")
			.permitAll()
			.requestMatchers("/actuator/health", "/actuator/health/**", "/error")
			.permitAll()
			.requestMatchers("/api/users", "/api/users/**")
			.hasRole(ADMIN)
			.requestMatchers(HttpMethod.GET, "/api/me")
			.authenticated()
			.requestMatchers(HttpMethod.GET, "/api/norm-profiles", "/api/norm-profiles/**")
			.hasAnyRole(ADMIN, CONSULTANT, AUDITOR, CLIENT)
			.requestMatchers("/api/norm-profiles", "/api/norm-profiles/**")
			.hasRole(ADMIN)
			.requestMatchers(HttpMethod.GET, "/api/verdicts", "/api/campaigns/*/verdicts",
					"/api/campaigns/*/measurements", "/api/campaigns/*/benchmark/sectors.csv",
					"/api/campaigns/*/composite-scores", "/api/campaigns/*/score-weights",
					"/api/campaigns/*/consistency")
			.hasAnyRole(ADMIN, CONSULTANT, AUDITOR, CLIENT)
			// a client's own organisation's scans (the endpoint checks which
			// organisation)
			.requestMatchers(HttpMethod.GET, "/api/organisations/*/scans", "/api/organisations/*/scans/comparison",
					"/api/scans/sectors")
			.hasAnyRole(ADMIN, CONSULTANT, AUDITOR, CLIENT)
			.requestMatchers(HttpMethod.POST, "/api/organisations/*/scans")
			.hasAnyRole(ADMIN, CONSULTANT, CLIENT)
			.requestMatchers(HttpMethod.GET, "/consultant-calls")
			.hasAnyRole(ADMIN, CONSULTANT)
			.requestMatchers(HttpMethod.POST, "/api/inspections/**")
			.hasAnyRole(ADMIN, CONSULTANT, AUDITOR)
			.requestMatchers(HttpMethod.GET, "/api/**")
			.hasAnyRole(ADMIN, CONSULTANT, AUDITOR)
			.requestMatchers(HttpMethod.POST, "/api/organisations", "/api/scenarios", "/api/campaigns",
					"/api/campaigns/*/start", "/api/campaigns/*/benchmark/runs", "/api/consultant-calls/**",
					"/api/review-queue/decisions")
			.hasAnyRole(ADMIN, CONSULTANT)
			.requestMatchers(HttpMethod.PUT, "/api/organisations/*", "/api/campaigns/*/score-weights")
			.hasAnyRole(ADMIN, CONSULTANT)
			.requestMatchers("/actuator/**")
			.hasRole(ADMIN)
			.anyRequest()
			.denyAll())
			.httpBasic((basic) -> basic.realmName("Schaduwklant").authenticationEntryPoint(problems))
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// no session and no cookies; a browser that remembers Basic credentials is
			// kept
			// from changing anything on behalf of another site by CrossSiteRequestRefusal
			.csrf((csrf) -> csrf.disable())
			.addFilterBefore(new CrossSiteRequestRefusal(problems), AuthorizationFilter.class);
		return http.build();
	}

}
