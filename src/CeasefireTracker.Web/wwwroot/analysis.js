// Draws the "who met whom" network on /analysis with Cytoscape.js (wwwroot/lib/cytoscape).
// The page is complete without this file: the tables under the drawing hold the same numbers.
(function () {
    "use strict";

    function draw(container) {
        if (typeof window.cytoscape !== "function") return;
        var data = JSON.parse(container.getAttribute("data-network"));
        var css = getComputedStyle(document.documentElement);
        function colour(name, fallback) { return css.getPropertyValue(name).trim() || fallback; }
        var maxTalks = data.edges.reduce(function (max, e) { return Math.max(max, e.talks); }, 1);
        var maxNode = data.nodes.reduce(function (max, n) { return Math.max(max, n.talks); }, 1);

        container.textContent = "";
        window.cytoscape({
            container: container,
            elements: {
                nodes: data.nodes.map(function (n) { return { data: n }; }),
                edges: data.edges.map(function (e) { return { data: e }; })
            },
            style: [
                {
                    selector: "node",
                    style: {
                        "background-color": colour("--kind-talks", "#1a5fa8"),
                        "label": "data(label)",
                        "width": "mapData(talks, 1, " + maxNode + ", 14, 34)",
                        "height": "mapData(talks, 1, " + maxNode + ", 14, 34)",
                        "font-family": "system-ui, sans-serif",
                        "font-size": 12,
                        "color": colour("--ct-text", "#1f2933"),
                        "text-valign": "bottom",
                        "text-margin-y": 4,
                        "text-background-color": "#ffffff",
                        "text-background-opacity": 0.85,
                        "text-background-padding": 2
                    }
                },
                {
                    selector: "edge",
                    style: {
                        "width": "mapData(talks, 1, " + Math.max(maxTalks, 2) + ", 1.5, 9)",
                        "line-color": colour("--ct-border-strong", "#aab3bf"),
                        "curve-style": "straight"
                    }
                }
            ],
            layout: { name: "cose", animate: false, randomize: false, padding: 24, nodeDimensionsIncludeLabels: true },
            // The page scrolls under a finger or a wheel: the drawing does not capture either.
            userZoomingEnabled: false,
            userPanningEnabled: false,
            boxSelectionEnabled: false,
            autoungrabify: false
        });
    }

    function start() {
        var container = document.getElementById("meeting-network");
        if (container) draw(container);
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
}());
