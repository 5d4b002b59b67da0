package org.storygraph.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Only the embeds ({@code /embed/**}) may be shown in another site's frame; every other response forbids it,
 * so no page of the app can be framed for clickjacking. Set before the request is handled, so errors carry
 * the headers too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class FrameOptionsFilter extends OncePerRequestFilter {

    static final String EMBEDS = "/embed/";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith(EMBEDS)) {
            response.setHeader("Content-Security-Policy", "frame-ancestors *");
        } else {
            // X-Frame-Options for browsers that predate CSP's frame-ancestors.
            response.setHeader("X-Frame-Options", "DENY");
            response.setHeader("Content-Security-Policy", "frame-ancestors 'none'");
        }
        chain.doFilter(request, response);
    }
}
