package nl.schaduwklant.access.internal;

import java.util.List;

import nl.schaduwklant.access.Role;
import nl.schaduwklant.access.UserAccount;
import nl.schaduwklant.scheduler.OrganisationScope;

import org.springframework.core.MethodParameter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Gives an endpoint the {@link OrganisationScope} of its caller: a client's own
 * organisation, every organisation for the other roles.
 */
@Component
class OrganisationScopeResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

	private final UserAccountTable accounts;

	OrganisationScopeResolver(UserAccountTable accounts) {
		this.accounts = accounts;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this);
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == OrganisationScope.class;
	}

	@Override
	public OrganisationScope resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
			NativeWebRequest request, WebDataBinderFactory binders) {
		Authentication caller = SecurityContextHolder.getContext().getAuthentication();
		if (caller == null || !caller.isAuthenticated()) {
			throw new AccessDeniedException("no caller");
		}
		boolean client = caller.getAuthorities()
			.stream()
			.anyMatch((authority) -> authority.getAuthority().equals("ROLE_" + Role.CLIENT.name()));
		if (!client) {
			return OrganisationScope.every();
		}
		UserAccount account = this.accounts.find(caller.getName())
			.filter((found) -> found.organisationId() != null)
			.orElseThrow(() -> new AccessDeniedException("a client without an organisation"));
		return OrganisationScope.only(account.organisationId());
	}

}
