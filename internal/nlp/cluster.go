package nlp

// Clusters map lowercased words to the bit-string paths of a hierarchical
// clustering (as Brown clustering produces: words sharing a long prefix
// occur in similar contexts). The recogniser uses prefixes of the path as
// features, so a rare name gets the weight its cluster earned.
type Clusters struct {
	paths map[string]string // lowercased word → path of '0' and '1'
}

// clusterPrefixes are the path lengths used as features.
var clusterPrefixes = [3]int{4, 8, 16}

// NewClusters builds Clusters from word → path.
func NewClusters(paths map[string]string) *Clusters {
	return &Clusters{paths: paths}
}

// Len returns the number of words with a path.
func (c *Clusters) Len() int { return len(c.paths) }

// prefixes hashes the clusterPrefixes-long prefixes of lower's path; all
// zero when lower has none.
func (c *Clusters) prefixes(lower []byte) [3]uint64 {
	var out [3]uint64
	p, ok := c.paths[string(lower)]
	if !ok {
		return out
	}
	for k, n := range clusterPrefixes {
		out[k] = hashString(p[:min(n, len(p))]) | 1
	}
	return out
}
