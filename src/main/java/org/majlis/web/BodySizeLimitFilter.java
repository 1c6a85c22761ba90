package org.majlis.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 413, with a GraphQL-shaped JSON error, to a request whose declared body is larger than allowed,
 * before the body is read.
 */
class BodySizeLimitFilter extends OncePerRequestFilter {

	private final DataSize maxBodySize;

	BodySizeLimitFilter(DataSize maxBodySize) {
		this.maxBodySize = maxBodySize;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > maxBodySize.toBytes()) {
			response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.setHeader("Connection", "close");
			String body = "{\"errors\":[{\"message\":\"The request body is larger than " + maxBodySize.toBytes()
					+ " bytes\",\"extensions\":{\"classification\":\"BAD_REQUEST\"}}]}";
			response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
			return;
		}
		chain.doFilter(request, response);
	}
}
