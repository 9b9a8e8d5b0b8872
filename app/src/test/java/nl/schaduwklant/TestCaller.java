package nl.schaduwklant;

import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The caller of every MockMvc request in the application tests, unless a test says
 * otherwise: a consultant who is also an administrator ({@value #USERNAME}). Who may call
 * what is tested over real HTTP, with real accounts, in {@code AccessMatrixTests}.
 */
@Configuration(proxyBeanMethods = false)
public class TestCaller {

	/** The name the tests' requests are made under. */
	public static final String USERNAME = "test-consultant";

	@Bean
	MockMvcBuilderCustomizer callAsTestConsultant() {
		return (builder) -> builder
			.defaultRequest(MockMvcRequestBuilders.get("/").with(user(USERNAME).roles("ADMIN", "CONSULTANT")));
	}

}
