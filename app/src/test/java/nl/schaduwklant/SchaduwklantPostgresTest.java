package nl.schaduwklant;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on the real PostgreSQL server (127.0.0.1:5432, a database
 * recreated for the test run) with the sandbox. Every test class with this annotation
 * shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ContextConfiguration(initializers = FreshPostgresDatabase.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=" + FreshPostgresDatabase.SERVER + FreshPostgresDatabase.DATABASE)
@AutoConfigureMockMvc
@Import({ CampaignRunner.class, TestCaller.class })
@ActiveProfiles({ "test", "postgres" })
public @interface SchaduwklantPostgresTest {

}
