package nl.schaduwklant.scheduler;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Where and how an organisation can be chatted with.
 *
 * @param pageUrl the page with the chat widget
 * @param widget the kind of widget
 * @param preChat what to fill in on the pre-chat form
 * @param selectors the widget's selectors (required for {@link WidgetKind#GENERIC})
 * @param botNames author names that are bots, when the widget does not say who is a bot
 */
public record ChatEndpoint(@NotBlank @Size(max = 2000) @Pattern(regexp = "https?://\\S+") String pageUrl,
		@NotNull WidgetKind widget, @Valid PreChat preChat, @Valid WidgetSelectors selectors,
		List<@NotBlank @Size(max = 200) String> botNames) {

	public ChatEndpoint {
		preChat = (preChat != null) ? preChat : PreChat.none();
		selectors = (selectors != null) ? selectors : WidgetSelectors.none();
		botNames = (botNames != null) ? List.copyOf(botNames) : List.of();
	}

	@AssertTrue(message = "{ChatEndpoint.genericSelectors}")
	boolean isGenericWidgetDescribed() {
		return this.widget != WidgetKind.GENERIC || (present(this.selectors.input()) && present(this.selectors.send())
				&& present(this.selectors.message()));
	}

	private static boolean present(String selector) {
		return selector != null && !selector.isBlank();
	}

}
