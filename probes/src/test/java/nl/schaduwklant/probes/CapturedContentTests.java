package nl.schaduwklant.probes;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CapturedContentTests {

	@Test
	void shouldHashTheWholeOriginalEvenWhenKeepingOnlyItsStart() throws Exception {
		byte[] original = "abcdefghij".getBytes(StandardCharsets.US_ASCII);
		CapturedContent whole = CapturedContent.of(original);
		assertThat(whole.sha256()).isEqualTo("72399361da6a7754fec986dca5b7cbaf1c810a28ded4abaf56b2106d06cb78b0");
		assertThat(whole.truncated()).isFalse();

		CapturedContent start = CapturedContent.read(new ByteArrayInputStream(original), 4);
		assertThat(start.bytes()).containsExactly('a', 'b', 'c', 'd');
		assertThat(start.size()).isEqualTo(10);
		assertThat(start.truncated()).isTrue();
		assertThat(start.sha256()).isEqualTo(whole.sha256());
	}

}
