"""A benchmark anyone can run: a city-sized data set, a production server, load from wrk.

``python -m bench --help`` lists the steps; README.md ("Benchmark") has the one command.
"""
