package org.majlis.graph;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Downloads of the graph for desktop and web explorers: GraphML (Gephi, yEd) and Cytoscape.js JSON. The whole
 * graph without articles by default; {@code ?articles=true} adds them, {@code ?id=…&depth=…} keeps a neighbourhood.
 */
@RestController
@RequestMapping("/export")
class GraphExportController {

	static final MediaType GRAPHML = new MediaType("application", "graphml+xml", StandardCharsets.UTF_8);

	private final GraphService graph;
	private final GraphModel model;

	GraphExportController(GraphService graph, GraphModel model) {
		this.graph = graph;
		this.model = model;
	}

	@GetMapping("/graph.graphml")
	ResponseEntity<byte[]> graphml(@RequestParam(required = false) String id, @RequestParam(defaultValue = "1") int depth,
			@RequestParam(defaultValue = "false") boolean articles) {
		return ResponseEntity.ok()
			.contentType(GRAPHML)
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment("graphml"))
			.body(GraphMlWriter.write(select(id, depth, articles)));
	}

	@GetMapping("/graph.cyjs")
	ResponseEntity<Map<String, Object>> cytoscape(@RequestParam(required = false) String id,
			@RequestParam(defaultValue = "1") int depth, @RequestParam(defaultValue = "false") boolean articles) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment("cyjs"))
			.body(CytoscapeJson.of(select(id, depth, articles)));
	}

	private Subgraph select(String id, int depth, boolean articles) {
		if (id == null || id.isBlank()) {
			return graph.whole(articles);
		}
		return graph.neighborhood(id, depth, articles ? model.allTypes : model.entityTypes,
				NeighbourhoodQuery.MAX_LIMIT);
	}

	private static String attachment(String extension) {
		return ContentDisposition.attachment().filename("majlis-graph." + extension).build().toString();
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ResponseEntity<String> badRequest(IllegalArgumentException ex) {
		return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.TEXT_PLAIN).body(ex.getMessage());
	}
}
