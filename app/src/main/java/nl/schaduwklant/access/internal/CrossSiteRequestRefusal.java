package nl.schaduwklant.access.internal;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request that would change something when a browser says it comes from another
 * site (its {@code Sec-Fetch-Site}, or an {@code Origin} that is not this server's): a
 * browser that remembers a consultant's Basic credentials sends them with such a request
 * too. API clients send neither header and are not affected.
 */
class CrossSiteRequestRefusal extends OncePerRequestFilter {

	private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	private final ProblemResponses problems;

	CrossSiteRequestRefusal(ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!SAFE.contains(request.getMethod()) && crossSite(request)) {
			this.problems.write(request, response, HttpStatus.FORBIDDEN, "crossSite");
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean crossSite(HttpServletRequest request) {
		String site = request.getHeader("Sec-Fetch-Site");
		if (site != null) {
			return !site.equals("same-origin") && !site.equals("none");
		}
		String origin = request.getHeader(HttpHeaders.ORIGIN);
		if (origin == null || origin.equals("null")) {
			return origin != null;
		}
		String own = request.getScheme() + "://" + request.getServerName()
				+ (isDefaultPort(request) ? "" : ":" + request.getServerPort());
		return !origin.equalsIgnoreCase(own);
	}

	private static boolean isDefaultPort(HttpServletRequest request) {
		return (request.getScheme().equals("http") && request.getServerPort() == 80)
				|| (request.getScheme().equals("https") && request.getServerPort() == 443);
	}

}
